/// Words of the `dropout.*` experiments (随机失活).
protocol DropoutStrings {

    // dropout.keep-prob
    var keepProbTitle: String { get }
    var keepProbSummary: String { get }
    var keepProbKnob: KnobText { get }
    var trainingCostAsTrained: String { get }
    var devCostNoDropout: String { get }
    func keepProbCostTitle(_ keep: String) -> String
    var boundaryAtTestTime: String { get }
    func keepProbJumps(_ percent: String) -> String
    func keepProbSmooth(_ percent: String) -> String
    func keepProbErrors(_ keep: String, _ train: String, _ dev: String, _ gap: String) -> String
}
