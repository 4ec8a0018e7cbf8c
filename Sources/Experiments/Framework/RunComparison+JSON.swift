import Localization

extension RunComparison {
    /// A comparison for `dltutor run --compare --json`: every run's numbers (as `Frame.json` gives
    /// them for one run) and the runs table.
    public func json(experiment: some Experiment, seed: UInt64, language: Language = .fallback) -> JSONValue {
        let table = table(title: "runs", language: language)
        return .object([
            ("experiment", .string(experiment.id)),
            ("title", .string(experiment.title.english)),
            ("seed", .integer(Int128(seed))),
            ("compared_knobs", .array(comparedKnobs.map { .string($0.id) })),
            ("runs", .array(runs.map { $0.frame.json(experiment: experiment, settings: $0.settings, seed: seed) })),
            ("table", .object([
                ("columns", .array(table.columns.map(JSONValue.string))),
                ("rows", .array(table.rows.map { .array($0.map(JSONValue.string)) })),
            ])),
        ])
    }
}
