extension EnglishStrings {
    var residualTitle: String { "Plain vs residual: gradients through a deep stack" }
    var residualSummary: String { "The gradient reaching each hidden layer of a deep network at initialization, without and with identity skip connections, from the same weights." }
    var residualActivation: KnobText { KnobText("activation", "the non-linearity of the hidden layers") }
    var residualInit: KnobText { KnobText("init", "weights: N(0, 0.01²) or Xavier N(0, 2/(n_in+n_out))") }
    var residualDepth: KnobText { KnobText("depth", "the number of hidden layers, each 40 units wide") }
    func residualSchemeLabel(_ scheme: InitResidual.Scheme) -> String { scheme == .small ? "N(0, 0.01²)" : "Xavier" }
    var residualPlainSeries: String { "plain" }
    var residualSkipSeries: String { "with skips" }
    func residualChartTitle(_ activation: String, _ scheme: String, _ depth: Int) -> String {
        "‖∂J/∂Z‖ per layer at initialization (\(depth) \(activation) layers, \(scheme))"
    }
    func residualPlain(_ last: String, _ first: String, _ depth: Int, _ ratio: String, _ trend: InitResidual.Trend) -> String {
        "Plain: \(last) at layer \(depth), \(first) at layer 1 (×\(ratio)): " + trendWords(trend)
    }
    func residualSkips(_ last: String, _ first: String, _ depth: Int, _ ratio: String, _ trend: InitResidual.Trend) -> String {
        "With skips: \(last) at layer \(depth), \(first) at layer 1 (×\(ratio)): " + (trend == .growing
            ? "it grows toward the input; each skip adds its branch to the signal, which is why ResNets also use batch normalization."
            : trendWords(trend))
    }
    private func trendWords(_ trend: InitResidual.Trend) -> String {
        switch trend {
        case .vanishing: "the gradient vanishes on its way down."
        case .level: "within ×10 of level."
        case .growing: "the gradient explodes toward the input."
        }
    }
    func residualLift(_ lift: String) -> String { "At layer 1 the skips deliver \(lift)× the plain network's gradient." }
    func residualNoLift(_ lift: String) -> String { "At layer 1 the skips change the gradient by ×\(lift)." }
}
