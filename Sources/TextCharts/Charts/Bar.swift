/// One bar of a bar chart: a label ("[0,1]", "W2") and its value.
public struct Bar: Sendable, Hashable {
    public var label: String
    public var value: Double

    public init(_ label: String, _ value: Double) {
        self.label = label
        self.value = value
    }
}
