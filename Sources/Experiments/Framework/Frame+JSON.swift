import TextCharts

extension Frame {
    /// The numbers behind a frame, for `dltutor run --json`: every series with its x and y values,
    /// the tables, the findings with their values, and the experiment's own details.
    public func json(experiment: some Experiment, settings: KnobSettings, seed: UInt64) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("experiment", .string(experiment.id)),
            ("title", .string(experiment.title)),
            ("seed", .number(Double(seed))),
            ("settings", .object(experiment.knobs.map { knob in
                (knob.id, settings[knob.id].map(Self.json) ?? .null)
            })),
            ("progress", .number(progress)),
            ("figures", .array(figures.map(Self.json))),
            ("tables", .array(tables.map { table in
                .object([
                    ("title", .string(table.title)),
                    ("columns", .array(table.columns.map(JSONValue.string))),
                    ("rows", .array(table.rows.map { .array($0.map(JSONValue.string)) })),
                ])
            })),
            ("findings", .array(findings.map { finding in
                .object([
                    ("text", .string(finding.text)),
                    ("tone", .string(finding.tone.rawValue)),
                    ("values", .object(finding.values.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
                ])
            })),
        ]
        if let details { members.append(("details", details)) }
        return .object(members)
    }

    private static func json(_ value: KnobValue) -> JSONValue {
        switch value {
        case .number(let number): .number(number)
        case .integer(let number): .number(Double(number))
        case .choice(let text): .string(text)
        case .toggle(let flag): .bool(flag)
        }
    }

    private static func json(_ series: Series) -> JSONValue {
        .object([("name", .string(series.name)), ("x", .numbers(series.x)), ("y", .numbers(series.y))])
    }

    private static func json(_ figure: Figure) -> JSONValue {
        switch figure {
        case .line(let chart):
            .object([
                ("kind", .string("line")),
                ("title", .string(chart.title)),
                ("x_axis", .object([("title", .string(chart.xAxis.title)), ("scale", .string(chart.xAxis.scale.rawValue))])),
                ("y_axis", .object([("title", .string(chart.yAxis.title)), ("scale", .string(chart.yAxis.scale.rawValue))])),
                ("series", .array(chart.series.map(json))),
            ])
        }
    }
}
