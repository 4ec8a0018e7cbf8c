extension EnglishStrings {
    // Shared by the reg.* and dropout.* experiments
    var trainCost: String { "train cost" }
    var devCost: String { "dev cost" }
    var trainErrorPercent: String { "train error %" }
    var devErrorPercent: String { "dev error %" }
    var stepAxis: String { "step" }
    var costAxis: String { "cost" }
    func trainingDiverged(atStep step: Int) -> String { "Training diverged (cost NaN or ∞) at step \(step)." }

    // reg.l2
    var l2Title: String { "L2 regularization against over-fitting" }
    var l2Summary: String { "A big network on 100 noisy points, trained with the penalty (λ/2m)·Σ‖W‖F²: train/dev curves, boundary, weight norms." }
    var l2Lambda: KnobText { KnobText("λ (L2 strength)", "the weight of the penalty (λ/2m)·Σ‖W‖F²; 0 turns it off") }
    var weightNorms: String { "weight norms" }
    var layerColumn: String { "layer" }
    func unpenalisedCostTitle(_ lambda: String) -> String { "unpenalised cost, λ=\(lambda)" }
    var boundaryOnTrainingSet: String { "boundary on the training set" }
    func l2Underfits(_ train: String, _ linear: String, _ difference: String, _ error: String) -> String {
        "Train error \(train)% is no better than a straight line's \(linear)% beyond noise (difference \(difference) ± \(error) points): λ is so large the model is about as simple as a line and underfits (high bias)."
    }
    func l2HighVariance(_ gap: String, _ error: String) -> String {
        "Dev error is \(gap) ± \(error) points above train error, beyond 2 standard errors: high variance, the network fits the noise."
    }
    func l2GapUnclear(_ gap: String, _ error: String) -> String {
        "Dev error is \(gap) ± \(error) points above train error: not clearly high variance (within 2 standard errors of no gap). More seeds, or a larger training set, would tell."
    }
    func l2GoodFit(_ gap: String, _ linear: String) -> String {
        "A gap of only \(gap) points, and train error below a straight line's \(linear)%: a good fit."
    }
    func l2Errors(_ lambda: String, _ train: String, _ dev: String, _ gap: String) -> String {
        "λ=\(lambda): train error \(train)%, dev error \(dev)%, gap \(gap) points."
    }
    func l2NormFree(_ norm: String, _ steps: Int, _ initial: String) -> String {
        "Σ‖W‖F² = \(norm) after \(steps) steps (\(initial) at the start): without a penalty the weights grow freely."
    }
    func l2NormHeld(_ norm: String, _ steps: Int, _ unpenalised: String) -> String {
        "Σ‖W‖F² = \(norm) after \(steps) steps, against \(unpenalised) for the same network trained without the penalty: the penalty holds the weights back."
    }

    // reg.l1-vs-l2
    var l1Title: String { "L1 vs L2: sparse weights or small weights" }
    var l1Summary: String { "One network trained with L1 and with L2 of the same λ by gradient descent: the histograms of its weights." }
    var l1Lambda: KnobText { KnobText("λ", "the strength of both penalties, L1 (λ/m)·Σ|w| and L2 (λ/2m)·Σw²") }
    var weightAxis: String { "weight" }
    func l1PanelsTitle(_ count: Int, _ steps: Int, _ lambda: String) -> String { "the \(count) weights after \(steps) steps, λ=\(lambda)" }
    func l1NearZero(_ threshold: String, _ l1: String, _ l2: String, _ initial: String) -> String {
        "|w| < \(threshold): \(l1)% of the weights with L1, \(l2)% with L2 (\(initial)% at the start)."
    }
    func l1Median(_ initial: String, _ l1: String, _ l2: String) -> String { "Median |w|: \(initial) at the start, \(l1) with L1, \(l2) with L2." }

    // reg.weight-decay
    var decayTitle: String { "Weight decay vs L2 under SGD and Adam" }
    var decaySummary: String { "Two copies of one network, one with an L2 penalty λ/2m·Σ‖W‖² and one with decoupled weight decay λ/m: identical under SGD, apart under Adam." }
    var decayOptimizer: KnobText { KnobText("optimizer", "sgd: plain gradient descent; adam: Adam (L2) against AdamW (decay)") }
    var decayRate: KnobText { KnobText("AdamW decay", "AdamW's own decoupled decay rate wd: W ← W − α·wd·W each step (Adam only; SGD uses λ/m)") }
    var l2InTheCost: String { "L2 in the cost" }
    var weightDecay: String { "weight decay" }
    func decayChartTitle(_ optimizer: String, _ lambda: String, _ decay: String) -> String { "‖W‖ under \(optimizer): L2 (λ=\(lambda)) vs decay \(decay)" }
    func decayWeaker(_ rate: String, _ ratio: String, _ matched: String) -> String {
        "AdamW with wd=\(rate) shrinks the weights far less than L2: its ‖W‖ is \(ratio)× L2's. Its rate has no match in λ (λ/m = \(matched) barely decays at all): tune it on its own — raise decay."
    }
    func decayStronger(_ rate: String, _ ratio: String) -> String {
        "AdamW with wd=\(rate) shrinks the weights far more than L2: L2's ‖W‖ is \(ratio)× its. Tuned on its own, this rate is too strong — lower decay."
    }
    func decayComparable(_ rate: String, _ ratio: String) -> String {
        "AdamW with wd=\(rate) shrinks the weights about as much as L2 (‖W‖ ratio \(ratio)), every weight at the same rate: its own rate, tuned apart from λ."
    }
    func decayDevApart(_ gap: String, _ error: String, better: Bool) -> String {
        "Dev error with AdamW minus with L2: \(gap) ± \(error) pts, beyond the noise of the dev set: AdamW is \(better ? "better" : "worse") here."
    }
    func decayDevTied(_ gap: String, _ error: String) -> String {
        "Dev error with AdamW minus with L2: \(gap) ± \(error) pts: within the noise of the dev set, the two cannot be told apart."
    }
    var oneWeight: String { "one weight" }
    var decayScatterTitle: String { "each weight: L2 run (x) vs decay run (y)" }
    var weightWithL2: String { "W with L2" }
    var weightWithDecay: String { "W with decay" }
    func decayAdamApart(_ normA: String, _ normB: String, _ gap: String) -> String {
        "Under Adam the runs part: ‖W‖ \(normA) with L2 vs \(normB) with decay (up to \(gap)% apart). Adam rescaled the penalty's gradient, not the decay."
    }
    func decaySGDAgree(_ difference: String, _ norm: String) -> String {
        "Under SGD the two runs agree weight for weight: largest difference \(difference), ‖W‖ \(norm) both. One method, two names."
    }
    func decayFinal(_ normA: String, _ normB: String, _ devA: String, _ devB: String) -> String {
        "Final ‖W‖: \(normA) (L2 in the cost) and \(normB) (weight decay); dev error \(devA)% and \(devB)%."
    }

    // reg.early-stopping
    var stoppingTitle: String { "Early stopping and patience" }
    var stoppingSummary: String { "Mini-batch training of an over-fitting network, stopped when the dev cost has not improved for `patience` epochs." }
    var stoppingPatience: KnobText { KnobText("patience", "epochs without a new best dev cost before training stops") }
    var trainCostMiniBatch: String { "train cost (mini-batch mean)" }
    func bestEpochLabel(_ epoch: Int) -> String { "best \(epoch)" }
    func stopEpochLabel(_ epoch: Int) -> String { "stop \(epoch)" }
    func stoppingChartTitle(_ patience: Int) -> String { "early stopping with patience \(patience)" }
    var epochAxis: String { "epoch" }
    func stoppingStopped(_ cost: String, _ best: Int, _ stopped: Int) -> String {
        let later = stopped - best == 1 ? "1 epoch later" : "\(stopped - best) epochs later"
        return "Best dev cost \(cost) at epoch \(best); stopped at epoch \(stopped), \(later), and restored epoch \(best)'s weights."
    }
    func stoppingRose(_ percent: String, _ epochs: Int) -> String {
        "Before the stop the dev cost climbed: over the last \(epochs) epochs it averaged \(percent)% above its best. The network had started to fit the noise."
    }
    func stoppingBarelyRose(_ percent: String, _ epochs: Int) -> String {
        "Before the stop the dev cost had barely moved: over the last \(epochs) epochs it averaged only \(percent)% above its best. A noisy stretch, not clear overfitting, stopped this run; more patience would tell."
    }
    func stoppingRestored(_ accuracy: String, _ atBest: String, _ atStop: String) -> String {
        "Restored network: dev accuracy \(accuracy)%. Training cost \(atBest) at the best epoch, \(atStop) at the stop."
    }
    func stoppingNever(_ epochs: Int, _ best: Int) -> String {
        "No stop within \(epochs) epochs: the dev cost kept finding new bests (last at epoch \(best))."
    }

    // reg.augmentation
    var augmentationTitle: String { "Data augmentation in two dimensions" }
    var augmentationSummary: String { "A few points of two concentric rings, trained on alone and with transformed copies (rotated, flipped, scaled, shifted, jittered)." }
    var augmentationKnob: KnobText { KnobText("augmentation", "how each training point's copies are transformed (all: every transformation in turn)") }
    var noAugmentation: String { "no augmentation" }
    func augmentationSeries(_ transformation: String) -> String { "augmentation: \(transformation)" }
    func augmentationBoundaryTitle(_ transformation: String) -> String { "boundary, augmentation: \(transformation)" }
    var copiesOfZero: String { "copies of 0" }
    var copiesOfOne: String { "copies of 1" }
    func devAccuracyTitle(_ count: Int) -> String { "dev accuracy (\(count) points)" }
    func augmentationNone(_ count: Int, _ train: String, _ dev: String) -> String {
        "\(count) training points, no augmentation: train accuracy \(train)%, dev accuracy \(dev)%."
    }
    func augmentationCompared(_ with: String, _ transformation: String, _ count: Int, _ copies: Int, _ without: String, _ change: String, _ standardError: String, clear: Bool) -> String {
        "Dev accuracy \(with)% with \(transformation) (\(count) points + \(copies) copies) vs \(without)% without: \(change) ± \(standardError) points."
            + (clear ? "" : " Within 2 standard errors: on this dev set the two cannot be told apart (more seeds would tell).")
    }
    func augmentationMislabelled(_ percent: String) -> String { "\(percent)% of the copies crossed the true ring boundary and carry a wrong label." }

    // reg.label-smoothing
    var smoothingTitle: String { "Label smoothing: confidence that levels off" }
    var smoothingSummary: String { "A softmax classifier on three blobs with some wrong training labels, trained with targets smoothed by ε: the logit gap over training." }
    var smoothingEpsilon: KnobText { KnobText("ε (smoothing)", "the target becomes 1 − ε + ε/K for the labelled class and ε/K for the others") }
    var smoothingMislabelled: KnobText { KnobText("mislabelled", "the share of training labels changed to a wrong class") }
    var gapCleanSeries: String { "logit gap, correctly labelled points" }
    var gapFlippedSeries: String { "logit gap for the wrong label, mislabelled points" }
    var wrongLabelSeries: String { "p(wrong label), mislabelled points" }
    var devAccuracySeries: String { "dev accuracy" }
    var devConfidenceSeries: String { "mean top probability on dev" }
    func targetGapLabel(_ gap: String) -> String { "target gap \(gap)" }
    func gapChartTitle(_ epsilon: String) -> String { "logit gap z(label) − max other z, ε=\(epsilon)" }
    var gapAxis: String { "gap" }
    var probabilityChartTitle: String { "dev accuracy and confidence; mislabelled training points" }
    var probabilityAxis: String { "probability" }
    func gapTrend(levelsOff: Bool, growing: Bool) -> String { levelsOff ? "levels off" : (growing ? "is still climbing" : "is falling") }
    func gapMovement(_ late: String, _ end: String, _ growth: String) -> String { "\(late) at three quarters of the run, \(end) at the end (\(growth))" }
    func smoothingHard(_ trend: String, _ movement: String, levelsOff: Bool) -> String {
        "Hard targets: the mean logit gap on correctly labelled points \(trend): \(movement).\(levelsOff ? "" : " The targets ask for certainty, so nothing stops it.")"
    }
    func smoothingSoft(_ epsilon: String, _ trend: String, _ movement: String, _ ceiling: String) -> String {
        "ε=\(epsilon): the mean logit gap on correctly labelled points \(trend): \(movement); the smoothed targets ask for a gap of \(ceiling)."
    }
    func smoothingDev(_ accuracy: String, _ confidence: String) -> String {
        "Dev accuracy \(accuracy)%; the top predicted probability averages \(confidence) on dev."
    }
    func smoothingMemorised(_ count: Int, _ probability: String, _ fit: LabelSmoothing.WrongLabelFit, _ memorisedAt: String, _ guess: String, _ classes: Int) -> String {
        let verdict = switch fit {
        case .memorised: "at least \(memorisedAt), near what their targets ask for: the network has memorised them"
        case .leaning: "above a guess among \(classes) classes (\(guess)) but below \(memorisedAt): the network leans toward them without having memorised them"
        case .resisted: "no more than a guess among \(classes) classes (\(guess)): the network has not learned them"
        }
        return "The \(count) mislabelled training points get their wrong label with probability \(probability) on average, \(verdict)."
    }
}
