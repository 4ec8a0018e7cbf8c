/// Bars that belong together under one label: the components of one parameter (W1, b1, W2 …).
public struct BarGroup: Sendable, Hashable {
    public var label: String
    public var bars: [Bar]

    public init(_ label: String, bars: [Bar]) {
        self.label = label
        self.bars = bars
    }
}
