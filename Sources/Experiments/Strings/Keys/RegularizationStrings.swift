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
    func l2Underfits(_ train: String, _ linear: String, _ difference: String, _ error: String) -> String
    func l2HighVariance(_ gap: String, _ error: String) -> String
    func l2GapUnclear(_ gap: String, _ error: String) -> String
    func l2GoodFit(_ gap: String, _ linear: String) -> String
    func l2Errors(_ lambda: String, _ train: String, _ dev: String, _ gap: String) -> String
    func l2NormFree(_ norm: String, _ steps: Int, _ initial: String) -> String
    func l2NormHeld(_ norm: String, _ steps: Int, _ unpenalised: String) -> String

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
    var decayRate: KnobText { get }
    var l2InTheCost: String { get }
    var weightDecay: String { get }
    func decayChartTitle(_ optimizer: String, _ lambda: String, _ decay: String) -> String
    func decayWeaker(_ rate: String, _ ratio: String, _ matched: String) -> String
    func decayStronger(_ rate: String, _ ratio: String) -> String
    func decayComparable(_ rate: String, _ ratio: String) -> String
    func decayDevApart(_ gap: String, _ error: String, better: Bool) -> String
    func decayDevTied(_ gap: String, _ error: String) -> String
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
    func stoppingRose(_ percent: String, _ epochs: Int) -> String
    func stoppingBarelyRose(_ percent: String, _ epochs: Int) -> String
    func stoppingRestored(_ accuracy: String, _ atBest: String, _ atStop: String) -> String
    func stoppingNever(_ epochs: Int, _ best: Int) -> String

    // reg.augmentation
    var augmentationTitle: String { get }
    var augmentationSummary: String { get }
    var augmentationKnob: KnobText { get }
    var noAugmentation: String { get }
    func augmentationSeries(_ transformation: String) -> String
    func augmentationBoundaryTitle(_ transformation: String) -> String
    var copiesOfZero: String { get }
    var copiesOfOne: String { get }
    func devAccuracyTitle(_ count: Int) -> String
    func augmentationNone(_ count: Int, _ train: String, _ dev: String) -> String
    func augmentationCompared(_ with: String, _ transformation: String, _ count: Int, _ copies: Int, _ without: String, _ change: String, _ standardError: String, clear: Bool) -> String
    func augmentationMislabelled(_ percent: String) -> String

    // reg.label-smoothing
    var smoothingTitle: String { get }
    var smoothingSummary: String { get }
    var smoothingEpsilon: KnobText { get }
    var smoothingMislabelled: KnobText { get }
    var gapCleanSeries: String { get }
    var gapFlippedSeries: String { get }
    var wrongLabelSeries: String { get }
    var devAccuracySeries: String { get }
    var devConfidenceSeries: String { get }
    func targetGapLabel(_ gap: String) -> String
    func gapChartTitle(_ epsilon: String) -> String
    var gapAxis: String { get }
    var probabilityChartTitle: String { get }
    var probabilityAxis: String { get }
    func gapTrend(levelsOff: Bool, growing: Bool) -> String
    func gapMovement(_ late: String, _ end: String, _ growth: String) -> String
    func smoothingHard(_ trend: String, _ movement: String, levelsOff: Bool) -> String
    func smoothingSoft(_ epsilon: String, _ trend: String, _ movement: String, _ ceiling: String) -> String
    func smoothingDev(_ accuracy: String, _ confidence: String) -> String
    func smoothingMemorised(_ count: Int, _ probability: String, _ fit: LabelSmoothing.WrongLabelFit, _ memorisedAt: String, _ guess: String, _ classes: Int) -> String
}
