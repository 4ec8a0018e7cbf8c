/// How well a network does on a data set: the cost (with the penalty, as trained) and, for
/// classification, the accuracy.
public struct Evaluation: Sendable, Hashable {
    public var cost: Double
    /// The fraction of examples classified correctly; nil for regression (MSE on more than labels).
    public var accuracy: Double?

    public init(cost: Double, accuracy: Double?) {
        self.cost = cost
        self.accuracy = accuracy
    }
}

extension Network {
    /// True when the outputs are class scores: a sigmoid or softmax output under a cross-entropy.
    public var isClassifier: Bool {
        switch loss {
        case .binaryCrossEntropy, .softmaxCrossEntropy: true
        case .meanSquaredError: false
        }
    }

    /// The predicted class of each example: `a ≥ 0.5` for one sigmoid output, the arg-max otherwise.
    public func predictedClasses(_ x: Matrix) throws -> [Int] {
        Network.classes(of: try predict(x))
    }

    static func classes(of output: Matrix) -> [Int] {
        (0..<output.columns).map { j in
            if output.rows == 1 { return output[0, j] >= 0.5 ? 1 : 0 }
            var best = 0
            for i in 1..<output.rows where output[i, j] > output[best, j] { best = i }
            return best
        }
    }

    /// The number of examples whose predicted class matches the target's class.
    static func correctCount(output: Matrix, targets y: Matrix) -> Int {
        let m = output.columns
        var correct = 0
        if output.rows == 1 {
            for j in 0..<m where (output.storage[j] >= 0.5) == (y.storage[j] >= 0.5) { correct += 1 }
            return correct
        }
        for j in 0..<m {
            var predicted = 0, actual = 0
            for i in 1..<output.rows {
                if output[i, j] > output[predicted, j] { predicted = i }
                if y[i, j] > y[actual, j] { actual = i }
            }
            if predicted == actual { correct += 1 }
        }
        return correct
    }

    /// Cost (with penalty, without dropout) and accuracy on a data set.
    public func evaluate(_ data: Dataset, regularization: Regularization = .none) throws -> Evaluation {
        try data.requireNonEmpty()
        let pass = try forward(data.x)
        let cost = try cost(of: pass, targets: data.y, regularization: regularization)
        let accuracy = isClassifier ? Double(Network.correctCount(output: pass.output, targets: data.y)) / Double(data.count) : nil
        return Evaluation(cost: cost, accuracy: accuracy)
    }
}
