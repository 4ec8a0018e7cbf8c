import DLCore

/// A component whose finite difference is no reference for backprop — the cost bends within ±ε (a
/// ReLU switching inside the step), the difference moves between ε and ε/2, or rounding explains the
/// disagreement — so it is set aside and listed.
public struct Kink: Sendable, Hashable {
    /// e.g. "W1[2, 0]".
    public var name: String
    public var array: String
    /// The component's index in the flat vector of all arrays.
    public var index: Int
    public var reason: FiniteDifferenceDoubt
    public var backprop: Double
    /// (J(θ) − J(θ − εe)) / ε and (J(θ + εe) − J(θ)) / ε: unequal slopes on the two sides at a kink.
    public var leftSlope: Double
    public var rightSlope: Double
}
