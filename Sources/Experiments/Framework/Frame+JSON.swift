import TextCharts

extension Frame {
    /// The numbers behind a frame, for `dltutor run --json`: every series with its x and y values,
    /// the tables, the findings with their values, and the experiment's own details.
    public func json(experiment: some Experiment, settings: KnobSettings, seed: UInt64) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("experiment", .string(experiment.id)),
            ("title", .string(experiment.title)),
            ("seed", .integer(Int128(seed))),
            ("settings", .object(experiment.knobs.map { knob in
                (knob.id, settings[knob.id]?.json ?? .null)
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
            ("headlines", .array(headlines.map(Self.json))),
        ]
        if let details { members.append(("details", details)) }
        return .object(members)
    }

    static func json(_ headline: Headline) -> JSONValue {
        .object([("name", .string(headline.name)), ("value", .number(headline.value)), ("label", .string(headline.label(.fallback))), ("text", .string(headline.text))])
    }

    private static func json(_ series: Series) -> JSONValue {
        .object([("name", .string(series.name)), ("x", .numbers(series.x)), ("y", .numbers(series.y))])
    }

    private static func json(_ axis: Axis) -> JSONValue {
        .object([("title", .string(axis.title)), ("scale", .string(axis.scale.rawValue))])
    }

    private static func json(_ points: PointClass) -> JSONValue {
        .object([("name", .string(points.name)), ("x", .numbers(points.x)), ("y", .numbers(points.y))])
    }

    private static func json(_ figure: Figure) -> JSONValue {
        switch figure {
        case .line(let chart):
            .object([
                ("kind", .string("line")), ("title", .string(chart.title)),
                ("x_axis", json(chart.xAxis)), ("y_axis", json(chart.yAxis)),
                ("series", .array(chart.series.map(json))),
            ])
        case .bar(let chart):
            .object([
                ("kind", .string("bar")), ("title", .string(chart.title)), ("scale", .string(chart.scale.rawValue)),
                ("groups", .array(chart.groups.map { group in
                    .object([
                        ("label", .string(group.label)),
                        ("bars", .array(group.bars.map { .object([("label", .string($0.label)), ("value", .number($0.value))]) })),
                    ])
                })),
            ])
        case .heatmap(let chart):
            .object([
                ("kind", .string("heatmap")), ("title", .string(chart.title)),
                ("x_axis", json(chart.xAxis)), ("y_axis", json(chart.yAxis)),
                ("x_range", .numbers([chart.xRange.lowerBound, chart.xRange.upperBound])),
                ("y_range", .numbers([chart.yRange.lowerBound, chart.yRange.upperBound])),
                ("grid_columns", .number(Double(chart.gridColumns))), ("grid_rows", .number(Double(chart.gridRows))),
                ("values_bottom_row_first", .numbers(chart.values)),
                ("points", .array(chart.points.map(json))),
            ])
        case .histogram(let chart):
            .object([
                ("kind", .string("histogram")), ("title", .string(chart.title)), ("x_axis", json(chart.xAxis)),
                chart.counts.map { ("counts", .numbers($0)) } ?? ("values", .numbers(chart.values)),
                ("range", chart.range.map { .numbers([$0.lowerBound, $0.upperBound]) } ?? .null),
            ])
        case .scatter(let chart):
            .object([
                ("kind", .string("scatter")), ("title", .string(chart.title)),
                ("x_axis", json(chart.xAxis)), ("y_axis", json(chart.yAxis)),
                ("classes", .array(chart.classes.map(json))),
            ])
        case .smallMultiples(let chart):
            .object([("kind", .string("small_multiples")), ("title", .string(chart.title)), ("panels", .array(chart.panels.map(json)))])
        }
    }
}
