/// A fully connected layer: `Z = W·A_prev + b`, then `A = g(Z)`.
///
/// - `weights`: `(units × inputs)`
/// - `bias`: `(units × 1)`, added to every column (example)
public struct DenseLayer: Sendable, Hashable {
    public var weights: Matrix
    public var bias: Matrix
    public var activation: Activation

    /// Throws unless `bias` is `(weights.rows × 1)`.
    public init(weights: Matrix, bias: Matrix, activation: Activation) throws {
        guard bias.rows == weights.rows && bias.columns == 1 else {
            throw DLCoreError.shapeMismatch(operation: "DenseLayer bias", expected: "\(weights.rows)×1", actual: bias.shapeDescription)
        }
        guard weights.rows > 0 && weights.columns > 0 else {
            throw DLCoreError.emptyData("a layer needs at least one unit and one input, got weights \(weights.shapeDescription)")
        }
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }

    public var inputCount: Int { weights.columns }
    public var unitCount: Int { weights.rows }
    public var parameterCount: Int { weights.count + bias.count }
}
