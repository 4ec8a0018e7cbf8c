extension ChineseStrings {
    var residualTitle: String { "普通网络与残差网络：梯度穿过深层" }
    var residualSummary: String { "初始化时到达深层网络每个隐藏层的梯度：同一组权重，没有和有恒等跳跃连接两种情况。" }
    var residualActivation: KnobText { KnobText("激活函数", "隐藏层的非线性函数") }
    var residualInit: KnobText { KnobText("初始化", "权重：N(0, 0.01²) 或 Xavier N(0, 2/(n_in+n_out))") }
    var residualDepth: KnobText { KnobText("深度", "隐藏层的层数，每层 40 个单元") }
    func residualSchemeLabel(_ scheme: InitResidual.Scheme) -> String { scheme == .small ? "N(0, 0.01²)" : "Xavier" }
    var residualPlainSeries: String { "普通" }
    var residualSkipSeries: String { "有跳跃连接" }
    func residualChartTitle(_ activation: String, _ scheme: String, _ depth: Int) -> String {
        "初始化时各层的 ‖∂J/∂Z‖（\(depth) 个 \(activation) 层，\(scheme)）"
    }
    func residualPlain(_ last: String, _ first: String, _ depth: Int, _ ratio: String, _ trend: InitResidual.Trend) -> String {
        "普通网络：第 \(depth) 层 \(last)，第 1 层 \(first)（×\(ratio)）：" + trendWords(trend)
    }
    func residualSkips(_ last: String, _ first: String, _ depth: Int, _ ratio: String, _ trend: InitResidual.Trend) -> String {
        "有跳跃连接：第 \(depth) 层 \(last)，第 1 层 \(first)（×\(ratio)）：" + (trend == .growing
            ? "梯度越靠近输入越大；每个跳跃连接都把分支的输出加到信号上，所以 ResNet 还要配合批归一化。"
            : trendWords(trend))
    }
    private func trendWords(_ trend: InitResidual.Trend) -> String {
        switch trend {
        case .vanishing: "梯度在向下传播时消失。"
        case .level: "与持平相差不到 10 倍。"
        case .growing: "梯度越靠近输入越大（梯度爆炸）。"
        }
    }
    func residualLift(_ lift: String) -> String { "在第 1 层，跳跃连接送来的梯度是普通网络的 \(lift) 倍。" }
    func residualNoLift(_ lift: String) -> String { "在第 1 层，跳跃连接使梯度变为 ×\(lift)。" }
}
