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
    func keepProbErrors(_ keep: String, _ train: String, _ dev: String, _ gap: String) -> String {
        "keep_prob=\(keep): train error \(train)%, dev error \(dev)%, gap \(gap) points."
    }
}
