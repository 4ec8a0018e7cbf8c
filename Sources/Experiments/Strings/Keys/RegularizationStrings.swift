/// Words of the `reg.*` experiments (L1, L2, weight decay, early stopping, augmentation, label smoothing) and the curves `dropout.*` shares.
protocol RegularizationStrings {

    // Shared by the reg.* and dropout.* experiments
    var trainCost: String { get }
    var devCost: String { get }
    var trainErrorPercent: String { get }
    var devErrorPercent: String { get }
    var stepAxis: String { get }
    var costAxis: String { get }
    func trainingDiverged(atStep step: Int) -> String

    // reg.l2
    var l2Title: String { get }
    var l2Summary: String { get }
    var l2Lambda: KnobText { get }
    var weightNorms: String { get }
    var layerColumn: String { get }
    func unpenalisedCostTitle(_ lambda: String) -> String
    var boundaryOnTrainingSet: String { get }
    func l2Underfits(_ train: String, _ linear: String) -> String
    func l2HighVariance(_ gap: String) -> String
    func l2GoodFit(_ gap: String, _ linear: String) -> String
    func l2Errors(_ lambda: String, _ train: String, _ dev: String, _ gap: String) -> String
    func l2NormFree(_ norm: String, _ steps: Int) -> String
    func l2NormHeld(_ norm: String, _ steps: Int) -> String

    // reg.l1-vs-l2
    var l1Title: String { get }
    var l1Summary: String { get }
    var l1Lambda: KnobText { get }
    var weightAxis: String { get }
    func l1PanelsTitle(_ count: Int, _ steps: Int, _ lambda: String) -> String
    func l1NearZero(_ threshold: String, _ l1: String, _ l2: String, _ initial: String) -> String
    func l1Median(_ initial: String, _ l1: String, _ l2: String) -> String

    // reg.weight-decay
    var decayTitle: String { get }
    var decaySummary: String { get }
    var decayOptimizer: KnobText { get }
    var l2InTheCost: String { get }
    var weightDecay: String { get }
    func decayChartTitle(_ optimizer: String, _ lambda: String) -> String
    var oneWeight: String { get }
    var decayScatterTitle: String { get }
    var weightWithL2: String { get }
    var weightWithDecay: String { get }
    func decayAdamApart(_ normA: String, _ normB: String, _ gap: String) -> String
    func decaySGDAgree(_ difference: String, _ norm: String) -> String
    func decayFinal(_ normA: String, _ normB: String, _ devA: String, _ devB: String) -> String

    // reg.early-stopping
    var stoppingTitle: String { get }
    var stoppingSummary: String { get }
    var stoppingPatience: KnobText { get }
    var trainCostMiniBatch: String { get }
    func bestEpochLabel(_ epoch: Int) -> String
    func stopEpochLabel(_ epoch: Int) -> String
    func stoppingChartTitle(_ patience: Int) -> String
    var epochAxis: String { get }
    func stoppingStopped(_ cost: String, _ best: Int, _ stopped: Int) -> String
    func stoppingRestored(_ accuracy: String, _ atBest: String, _ atStop: String) -> String
    func stoppingNever(_ epochs: Int, _ best: Int) -> String
}
