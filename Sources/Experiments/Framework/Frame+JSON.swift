import Localization
import TextCharts

extension Frame {
    /// The numbers behind a frame, for `dltutor run --json`: every series with its x and y values,
    /// the tables, the findings with their values, and the experiment's own details.
    ///
    /// The names of titles, series, axes, bars and columns are the English ones in every language,
    /// so a script can find a series by name. For a run in another language, `shown` is the same
    /// run's frame in that language: the JSON then says which `language` it is, adds beside each
    /// name its displayed text (`title_text`, `name_text`, `label_text`, `columns_text`,
    /// `rows_text`) and gives the findings' `text` as displayed.
    public func json(experiment: some Experiment, settings: KnobSettings, seed: UInt64,
                     shown: (language: Language, frame: Frame)? = nil) -> JSONValue {
        let shownFrame = shown?.frame
        var members: [(String, JSONValue)] = [("experiment", .string(experiment.id))]
        members += Self.named("title", experiment.title.english, shown.map { experiment.title[$0.language] })
        members.append(("seed", .integer(Int128(seed))))
        if let shown { members.append(("language", .string(shown.language.rawValue))) }
        members += [
            ("settings", .object(experiment.knobs.map { knob in
                (knob.id, settings[knob.id]?.json ?? .null)
            })),
            ("progress", .number(progress)),
            ("figures", .array(figures.indices.map { Self.json(figures[$0], shown: shownFrame?.figures[safe: $0]) })),
            ("tables", .array(tables.indices.map { index in
                let table = tables[index], shownTable = shownFrame?.tables[safe: index]
                return .object(
                    Self.named("title", table.title, shownTable?.title)
                    + Self.strings("columns", table.columns, shownTable?.columns)
                    + [("rows", .array(table.rows.map { .array($0.map(JSONValue.string)) }))]
                    + (shownTable.map { [("rows_text", .array($0.rows.map { .array($0.map(JSONValue.string)) }))] } ?? []))
            })),
            ("findings", .array(findings.indices.map { index in
                let finding = shownFrame?.findings[safe: index] ?? findings[index]
                return .object([
                    ("text", .string(finding.text)),
                    ("tone", .string(finding.tone.rawValue)),
                    ("values", .object(finding.values.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
                    ("claims", .array(finding.claims.map { .string($0.formula) })),
                ] + (finding.descriptive.map { [("descriptive", .string($0))] } ?? []))
            })),
            ("headlines", .array(headlines.map(Self.json))),
        ]
        if let details { members.append(("details", details)) }
        return .object(members)
    }

    static func json(_ headline: Headline) -> JSONValue {
        .object([("name", .string(headline.name)), ("value", .number(headline.value)), ("label", .string(headline.label(.fallback))), ("text", .string(headline.text))])
    }

    /// `key` with its English name and, for a run shown in another language, `key_text` with the shown one.
    private static func named(_ key: String, _ english: String, _ shown: String?) -> [(String, JSONValue)] {
        [(key, .string(english))] + (shown.map { [(key + "_text", .string($0))] } ?? [])
    }

    private static func strings(_ key: String, _ english: [String], _ shown: [String]?) -> [(String, JSONValue)] {
        [(key, .array(english.map(JSONValue.string)))] + (shown.map { [(key + "_text", .array($0.map(JSONValue.string)))] } ?? [])
    }

    private static func json(_ series: Series, shown: Series?) -> JSONValue {
        .object(named("name", series.name, shown?.name) + [("x", .numbers(series.x)), ("y", .numbers(series.y))])
    }

    private static func json(_ axis: Axis, shown: Axis?) -> JSONValue {
        .object(named("title", axis.title, shown?.title) + [("scale", .string(axis.scale.rawValue))])
    }

    private static func json(_ points: PointClass, shown: PointClass?) -> JSONValue {
        .object(named("name", points.name, shown?.name) + [("x", .numbers(points.x)), ("y", .numbers(points.y))])
    }

    private static func json(_ figure: Figure, shown: Figure?) -> JSONValue {
        switch figure {
        case .line(let chart):
            let other: LineChart? = if case .line(let other)? = shown { other } else { nil }
            return .object(
                [("kind", .string("line"))] + named("title", chart.title, other?.title)
                + [("x_axis", json(chart.xAxis, shown: other?.xAxis)), ("y_axis", json(chart.yAxis, shown: other?.yAxis)),
                   ("series", .array(chart.series.indices.map { json(chart.series[$0], shown: other?.series[safe: $0]) }))])
        case .bar(let chart):
            let other: BarChart? = if case .bar(let other)? = shown { other } else { nil }
            return .object(
                [("kind", .string("bar"))] + named("title", chart.title, other?.title)
                + [("scale", .string(chart.scale.rawValue)),
                   ("groups", .array(chart.groups.indices.map { groupIndex in
                       let group = chart.groups[groupIndex], otherGroup = other?.groups[safe: groupIndex]
                       return .object(named("label", group.label, otherGroup?.label) + [
                           ("bars", .array(group.bars.indices.map { barIndex in
                               let bar = group.bars[barIndex]
                               return .object(named("label", bar.label, otherGroup?.bars[safe: barIndex]?.label)
                                              + [("value", .number(bar.value))])
                           })),
                       ])
                   }))])
        case .heatmap(let chart):
            let other: Heatmap? = if case .heatmap(let other)? = shown { other } else { nil }
            return .object(
                [("kind", .string("heatmap"))] + named("title", chart.title, other?.title) + [
                    ("x_axis", json(chart.xAxis, shown: other?.xAxis)), ("y_axis", json(chart.yAxis, shown: other?.yAxis)),
                    ("x_range", .numbers([chart.xRange.lowerBound, chart.xRange.upperBound])),
                    ("y_range", .numbers([chart.yRange.lowerBound, chart.yRange.upperBound])),
                    ("grid_columns", .number(Double(chart.gridColumns))), ("grid_rows", .number(Double(chart.gridRows))),
                    ("values_bottom_row_first", .numbers(chart.values)),
                    ("points", .array(chart.points.indices.map { json(chart.points[$0], shown: other?.points[safe: $0]) })),
                ])
        case .histogram(let chart):
            let other: Histogram? = if case .histogram(let other)? = shown { other } else { nil }
            return .object(
                [("kind", .string("histogram"))] + named("title", chart.title, other?.title) + [
                    ("x_axis", json(chart.xAxis, shown: other?.xAxis)),
                    chart.counts.map { ("counts", .numbers($0)) } ?? ("values", .numbers(chart.values)),
                    ("range", chart.range.map { .numbers([$0.lowerBound, $0.upperBound]) } ?? .null),
                ])
        case .scatter(let chart):
            let other: ScatterPlot? = if case .scatter(let other)? = shown { other } else { nil }
            return .object(
                [("kind", .string("scatter"))] + named("title", chart.title, other?.title) + [
                    ("x_axis", json(chart.xAxis, shown: other?.xAxis)), ("y_axis", json(chart.yAxis, shown: other?.yAxis)),
                    ("classes", .array(chart.classes.indices.map { json(chart.classes[$0], shown: other?.classes[safe: $0]) })),
                ])
        case .smallMultiples(let chart):
            let other: SmallMultiples? = if case .smallMultiples(let other)? = shown { other } else { nil }
            return .object(
                [("kind", .string("small_multiples"))] + named("title", chart.title, other?.title)
                + [("panels", .array(chart.panels.indices.map { json(chart.panels[$0], shown: other?.panels[safe: $0]) }))])
        }
    }
}

extension Array {
    /// The element at `index`, or nil past the end (a shown frame has the same shape, but never trust that blindly).
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
