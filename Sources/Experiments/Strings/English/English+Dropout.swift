extension EnglishStrings {
    // dropout.keep-prob
    var keepProbTitle: String { "Dropout's keep_prob against over-fitting" }
    var keepProbSummary: String { "A big network on 100 noisy points with inverted dropout on its hidden layers: train/dev curves, the noisy training cost, the boundary." }
    var keepProbKnob: KnobText { KnobText("keep_prob", "the probability of keeping each hidden unit on a training pass; 1 turns dropout off") }
    var trainingCostAsTrained: String { "training cost (as trained)" }
    var devCostNoDropout: String { "dev cost (no dropout)" }
    func keepProbCostTitle(_ keep: String) -> String { "cost, keep_prob=\(keep)" }
    var boundaryAtTestTime: String { "boundary (test time: all units kept)" }
    func keepProbJumps(_ percent: String) -> String {
        "The training cost jumps by \(percent)% from step to step: each update sees a different thinned network."
    }
    func keepProbSmooth(_ percent: String) -> String {
        "Without dropout the training cost is smooth (step-to-step jitter \(percent)%): J falls steadily, the check to make before turning dropout on."
    }
    func keepProbErrors(_ keep: String, _ train: String, _ dev: String, _ gap: String, _ standardError: String, unclear: Bool) -> String {
        "keep_prob=\(keep): train error \(train)%, dev error \(dev)%, gap \(gap) ± \(standardError) points."
            + (unclear ? " Not clearly high variance: within 2 standard errors (more seeds or a larger dev set would tell)." : "")
    }

    // dropout.scaling
    var scalingTitle: String { "Inverted dropout: why divide by keep_prob" }
    var scalingSummary: String { "The average activation a hidden layer passes on under thousands of dropout masks, against its test-time value, for three scaling schemes." }
    var scalingKeepProb: KnobText { KnobText("keep_prob", "the probability of keeping each hidden unit in training") }
    var scalingKnob: KnobText { KnobText("scaling", "inverted: divide by keep_prob in training; at-test: multiply by keep_prob at test; none") }
    var runningMeanSeries: String { "training: mean over masks so far" }
    var noMaskDrawn: String { "dropout drew no mask for the hidden layer" }
    func scalingChartTitle(_ keep: String, _ scaling: String) -> String { "mean activation passed on, keep_prob=\(keep), scaling \(scaling)" }
    var masksDrawnAxis: String { "masks drawn" }
    var meanActivationAxis: String { "mean a" }
    var testTimeLabel: String { "test time" }
    var unitClass: String { "unit" }
    var trainingEqualsTest: String { "training = test" }
    func scalingScatterTitle(_ units: Int) -> String { "each of the \(units) units: training average vs test time" }
    var testTimeMeanAxis: String { "test-time mean" }
    var trainingMeanAxis: String { "training mean" }
    func scalingSummaryFinding(_ masks: Int, _ train: String, _ test: String, _ ratio: String) -> String {
        "Over \(masks) masks the next layer receives \(train) on average in training and \(test) at test time: ratio \(ratio)."
    }
    var scalingNothingToCorrect: String { "keep_prob = 1 drops nothing, so there is nothing to correct." }
    func scalingNone(_ keep: String) -> String {
        "Without scaling, training sees about keep_prob = \(keep) of the test-time input: the network is trained on smaller inputs than it is tested on."
    }
    var scalingInverted: String { "Inverted dropout: dividing by keep_prob in training makes the averages agree, and the test-time network needs no change." }
    var scalingAtTest: String { "Scaling by keep_prob at test time makes the averages agree too, at the price of changing the network for testing." }
}
