import FoundationEssentials
import Glibc

/// Functions of one variable with a known derivative, to measure numerical derivatives against.
public enum ScalarFunction: String, CaseIterable, Sendable {
    case cube
    case sin
    case exp
    case sigmoid

    public var formula: String {
        switch self {
        case .cube: "θ³"
        case .sin: "sin θ"
        case .exp: "exp θ"
        case .sigmoid: "σ(θ)"
        }
    }

    public func value(_ theta: Double) -> Double {
        switch self {
        case .cube: theta * theta * theta
        case .sin: Glibc.sin(theta)
        case .exp: Glibc.exp(theta)
        case .sigmoid: 1 / (1 + Glibc.exp(-theta))
        }
    }

    /// The exact derivative, beside the function it differentiates.
    public func derivative(_ theta: Double) -> Double {
        switch self {
        case .cube: 3 * theta * theta
        case .sin: Glibc.cos(theta)
        case .exp: Glibc.exp(theta)
        case .sigmoid: value(theta) * (1 - value(theta))
        }
    }

    /// (f(θ+ε) − f(θ)) / ε: error of order ε.
    public func oneSidedEstimate(_ theta: Double, epsilon: Double) -> Double {
        (value(theta + epsilon) - value(theta)) / epsilon
    }

    /// (f(θ+ε) − f(θ−ε)) / 2ε: error of order ε².
    public func twoSidedEstimate(_ theta: Double, epsilon: Double) -> Double {
        (value(theta + epsilon) - value(theta - epsilon)) / (2 * epsilon)
    }
}
