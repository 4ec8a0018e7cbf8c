import DLCore
import FoundationEssentials
import TextCharts

/// Small pieces the `init.*` (and `debug.overfit-tiny`) experiments share: their decision-boundary
/// heatmap and the quantile of a set of values.
enum InitializationSupport {
    /// A `DecisionBoundary` heatmap (48 × 24 cells) of `network` over `xRange` × `yRange` (by default a
    /// square around the data), with `data` as blue "y=0" and red "y=1".
    static func boundary(of network: Network, data: Dataset, title: String,
                         xRange: ClosedRange<Double> = -1.5...1.5, yRange: ClosedRange<Double> = -1.5...1.5) -> Heatmap {
        DecisionBoundary.heatmap(of: network, title: title, xRange: xRange, yRange: yRange, rows: 24,
                                 points: ClassPoints.labelled.classes(of: data))
    }

    /// The value below which `fraction` of `sorted` lies (nearest rank); `sorted` must be ascending.
    static func quantile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let index = Int((fraction * Double(sorted.count - 1)).rounded())
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}

/// The activations the `init.activations` and `init.gradients` experiments offer.
enum InitializationActivation: String, CaseIterable, Sendable {
    case tanh, relu

    var activation: Activation { self == .tanh ? .tanh : .relu }

    /// Stuck where learning stops: a saturated tanh, or a ReLU at exactly 0.
    func isStuck(_ value: Double) -> Bool {
        switch self {
        case .tanh: abs(value) > 0.99
        case .relu: value == 0
        }
    }
}

/// The weight scales the `init.activations` and `init.gradients` experiments offer.
enum InitializationScheme: String, CaseIterable, Sendable {
    case small, unit, xavier
    /// Xavier's variance from a uniform draw: r = √(6/(n_in + n_out)), so Var(w) = r²/3 = 2/(n_in + n_out).
    case xavierUniform = "xavier-uniform"
    case he

    var initializer: Initializer {
        switch self {
        case .small: .normal(standardDeviation: 0.01)
        case .unit: .normal(standardDeviation: 1)
        case .xavier: .xavierNormal
        case .xavierUniform: .xavierUniform
        case .he: .he
        }
    }
}
