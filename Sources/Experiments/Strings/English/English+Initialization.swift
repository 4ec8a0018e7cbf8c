extension EnglishStrings {
    // Shared by the init.* experiments
    func schemeLabel(_ scheme: InitializationScheme) -> String {
        switch scheme {
        case .small: "N(0, 0.01²)"
        case .unit: "N(0, 1)"
        case .xavier: "Xavier"
        case .xavierUniform: "Xavier uniform"
        case .he: "He"
        }
    }
    var layerAxis: String { "layer" }
    var initWeightsKnob: KnobText { KnobText("init", "weights: N(0,0.01²), N(0,1), Xavier N(0, 2/(n_in+n_out)), Xavier uniform U(±√(6/(n_in+n_out))) or He N(0, 2/n_in)") }

    // init.compare
    var compareTitle: String { "Zeros vs large random vs He" }
    var compareSummary: String { "A [2, 10, 5, 1] ReLU network trained on circles from zero, large random (×10) or He weights: cost, boundary, accuracy." }
    var compareInit: KnobText { KnobText("init", "how the weights start: all zeros, N(0,1)×10, or He N(0, 2/n)") }
    func schemeLabel(_ scheme: InitCompare.Scheme) -> String {
        switch scheme {
        case .zeros: "zeros"
        case .large: "random ×10"
        case .he: "He"
        }
    }
    func compareCostTitle(_ scheme: String) -> String { "Training cost, init = \(scheme)" }
    var iterationAxis: String { "iteration" }
    func compareBoundaryTitle(_ iterations: Int) -> String { "P(y=1) after \(iterations) iterations" }
    func compareCosts(_ first: String, _ iterations: Int, _ final: String) -> String {
        "First cost \(first) (ln 2 = 0.693), after \(iterations) iterations \(final)."
    }
    func compareAccuracy(_ train: String, _ dev: String) -> String { "Train accuracy \(train), dev accuracy \(dev)." }
    func compareHugeFirstCost(_ ratio: String) -> String {
        "The first cost is \(ratio)× ln 2: huge logits make confident mistakes before anything is learned."
    }
    func compareWorseThanHe(_ scheme: String, _ he: String, _ gap: String, _ error: String, worse: Bool) -> String {
        "He on the same data reaches dev \(he); \(scheme) ends \(gap) ± \(error) pts \(worse ? "below" : "above") it, beyond the noise of the dev set."
    }
    func compareTiedWithHe(_ scheme: String, _ he: String, _ gap: String, _ error: String) -> String {
        "He on the same data reaches dev \(he); He minus \(scheme) is \(gap) ± \(error) pts: within the noise of the dev set, this seed cannot tell them apart. At most seeds \(scheme) ends well below He."
    }
    func compareSymmetric(_ prediction: String) -> String {
        "Symmetry never broken: in every hidden layer all units still have identical weights (spread 0), so the network predicts ŷ = \(prediction) everywhere."
    }
    func compareUnitsDiffer(_ spread: String) -> String {
        "The hidden units differ (largest weight difference between two units of a layer: \(spread))."
    }

    // init.activations
    var activationsTitle: String { "Activations through ten layers" }
    var activationsSummary: String { "1,000 random inputs through 10 layers of 500 units: per-layer activation histograms and standard deviations for each initialization." }
    var activationsActivation: KnobText { KnobText("activation", "the non-linearity of every layer") }
    var stdOfActivations: String { "std of activations" }
    func stdChartTitle(_ activation: String, _ scheme: String) -> String { "Standard deviation per layer (\(activation), \(scheme))" }
    var stdAxis: String { "std" }
    func activationsPanelsTitle(_ low: String, _ high: String) -> String { "Activations per layer, on one shared axis \(low)…\(high)" }
    func activationsStd(_ first: String, _ last: String, _ overall: String) -> String {
        "Standard deviation: layer 1 \(first), layer 10 \(last) (×\(overall) overall)."
    }
    func activationsFactors(_ low: String, _ high: String, _ mean: String) -> String {
        "From one layer to the next the std is multiplied by \(low)…\(high) (geometric mean \(mean))."
    }
    func activationsSaturated(_ share: String) -> String { "In layer 10, \(share) of the tanh units are saturated (|a| > 0.99)." }
    func activationsZero(_ share: String) -> String { "In layer 10, \(share) of the ReLU outputs are exactly 0." }
    var activationsSaturating: String { "Saturating: the activations pile up at −1 and +1, where tanh's slope is almost 0." }
    func activationsVanishing(_ factor: String, _ last: String) -> String { "Vanishing: the signal shrinks ×\(factor) per layer, down to \(last)." }
    func activationsExploding(_ factor: String, _ last: String) -> String { "Exploding: the signal grows ×\(factor) per layer, up to \(last)." }
    func activationsHealthy(_ spread: String) -> String { "Healthy: all ten layers stay within a factor \(spread) of each other." }

    // init.gradients
    var gradientsTitle: String { "Gradients through ten layers" }
    var gradientsSummary: String { "The gradient reaching each of ten hidden layers at initialization, for each activation and weight scale: vanishing, exploding or level." }
    var gradientsActivation: KnobText { KnobText("activation", "the non-linearity of the hidden layers") }
    func layerBar(_ layer: Int) -> String { "layer \(layer)" }
    func gradientsChartTitle(_ activation: String, _ scheme: String) -> String {
        "‖∂J/∂Z‖ reaching each hidden layer at initialization (\(activation), \(scheme))"
    }
    var perHiddenLayer: String { "Per hidden layer" }
    func gradientsTrend(_ last: String, _ first: String, _ perLayer: String) -> String {
        "‖∂J/∂Z‖ is \(last) at layer 10 and \(first) at layer 1: ×\(perLayer) per layer on the way down."
    }
    var gradientsNotFinite: String { "The gradient is not a finite number: it overflowed or underflowed." }
    func gradientsVanishing(_ ratio: String) -> String { "Vanishing: the gradient reaching layer 1 is \(ratio) times the one reaching layer 10." }
    func gradientsExploding(_ ratio: String) -> String { "Exploding: the gradient reaching layer 1 is \(ratio) times the one reaching layer 10." }
    func gradientsLevel(_ factor: String) -> String {
        "Level: layer 1 and layer 10 get gradients within a factor \(factor), so all layers start learning together."
    }
    func gradientsWeights(_ low: String, _ high: String) -> String {
        "The weight gradients ‖∂J/∂W‖ of the hidden layers range from \(low) to \(high) (table): they also scale with each layer's input A[l−1]."
    }

    // init.orthogonal
    var orthogonalTitle: String { "Orthogonal vs Gaussian through depth" }
    var orthogonalSummary: String { "The lengths ‖x‖ of 200 unit inputs after each of 50 linear layers: Gaussian N(0, 1/n) weights let them drift apart, orthogonal ones keep them all at 1." }
    var orthogonalInit: KnobText { KnobText("init", "weights: Gaussian N(0, 1/n), orthogonal from the QR of a Gaussian matrix, or from its SVD (U·Vᵀ)") }
    func schemeLabel(_ scheme: InitOrthogonal.Scheme) -> String {
        switch scheme {
        case .gaussian: "Gaussian N(0, 1/n)"
        case .orthogonal: "orthogonal"
        case .orthogonalSVD: "orthogonal (SVD)"
        }
    }
    var minNorm: String { "min ‖x‖" }
    var medianNorm: String { "median ‖x‖" }
    var maxNorm: String { "max ‖x‖" }
    func layerFailed(_ layer: Int, _ error: String) -> String { "could not apply layer \(layer): \(error)" }
    func orthogonalChartTitle(_ scheme: String, _ units: Int) -> String { "Spread of ‖x‖ after each layer (\(scheme), \(units) units)" }
    var startNormLabel: String { "start: ‖x‖ = 1" }
    func orthogonalHistogramTitle(_ inputs: Int, _ layer: Int) -> String { "‖x‖ of the \(inputs) inputs after layer \(layer)" }
    func orthogonalRange(_ layers: Int, _ low: String, _ high: String, _ median: String) -> String {
        "After \(layers) layers ‖x‖ ranges from \(low) to \(high) (median \(median)); every input started at 1."
    }
    func orthogonalMeanSquare(_ value: String) -> String { "The mean of ‖x‖² over the inputs is \(value) (1 at the start)." }
    func orthogonalPreserved(_ deviation: String) -> String { "Every length preserved: the largest |‖x‖ − 1| is \(deviation), rounding error only." }
    func orthogonalDrifted(_ ratio: String) -> String { "The lengths drifted apart: the longest is \(ratio) times the shortest." }
}
