extension EnglishStrings {
    var readOutputsTitle: String { "Read the outputs, not only the metric" }
    var readOutputsSummary: String { "A classifier of a rare class whose dev accuracy says about 95%, with its dev predictions beside their labels: a correct pipeline, training labels shuffled apart from their inputs, or mislabelled dev data." }
    var readOutputsPipeline: KnobText { KnobText("pipeline", "correct, training labels shuffled apart from their inputs, or 5% of the dev labels wrong") }
    var readOutputsTableTitle: String { "Dev examples beside their labels" }
    var readOutputsLabel: String { "label" }
    var readOutputsPrediction: String { "says" }
    func readOutputsAccuracy(_ accuracy: String, _ allZero: String) -> String {
        "Dev accuracy \(accuracy); always answering 0 would score \(allZero)."
    }
    func readOutputsConstant(_ count: Int, _ lowest: String, _ highest: String, _ labelledOnes: Int) -> String {
        "It answers 0 for all \(count) dev examples (p from \(lowest) to \(highest)) and finds 0 of the \(labelledOnes) labelled 1: it ignores its inputs. Check how the labels reach training."
    }
    func readOutputsFound(_ found: Int, _ labelledOnes: Int, _ predictedOnes: Int) -> String {
        "It finds \(found) of the \(labelledOnes) examples labelled 1 and says 1 \(predictedOnes) times."
    }
    var readOutputsNoErrors: String { "It agrees with every dev label." }
    func readOutputsConfidentErrors(_ errors: Int, _ confident: Int) -> String {
        "\(confident) of its \(errors) errors are confident (p < 0.1 or > 0.9): read those examples; a sure network against its label often means the label is wrong."
    }
    func readOutputsUnsureErrors(_ errors: Int, _ confident: Int) -> String {
        "Only \(confident) of its \(errors) errors are confident (p < 0.1 or > 0.9): the rest are unsure, near the boundary."
    }
}
