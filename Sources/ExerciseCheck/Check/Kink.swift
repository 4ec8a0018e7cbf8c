/// A component whose cost is not smooth within ±ε (a ReLU switching on or off inside the step): its
/// finite difference is no reference for backprop there, so it is set aside and listed.
public struct Kink: Sendable, Hashable {
    /// e.g. "W1[2, 0]".
    public var name: String
    public var array: String
    /// The component's index in the flat vector of all arrays.
    public var index: Int
    public var backprop: Double
    /// (J(θ) − J(θ − εe)) / ε and (J(θ + εe) − J(θ)) / ε: unequal slopes on the two sides.
    public var leftSlope: Double
    public var rightSlope: Double
}
