/// Everything that can go wrong when a lesson feeds DLCore bad input.
///
/// Bad input is always a thrown error with a sentence a student can read, never a crash or a silent NaN.
public enum DLCoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Two operands whose shapes do not fit together, e.g. `W (3×4) · A (5×10)`.
    case shapeMismatch(operation: String, expected: String, actual: String)
    /// A data set, split or batch with no examples (or no features).
    case emptyData(String)
    /// Train/dev/test ratios that are negative or do not add up to 1.
    case invalidSplitRatios(train: Double, dev: Double, test: Double)
    /// Dropout's keep probability must lie in (0, 1].
    case invalidKeepProbability(Double)
    /// A hyper-parameter that must not be negative (λ, learning rate, weight decay, noise, …).
    case negativeParameter(name: String, value: Double)
    /// A hyper-parameter that must be strictly positive (ε of a gradient check, batch size, …).
    case nonPositiveParameter(name: String, value: Double)
    /// A value outside the range it must lie in.
    case outOfRange(name: String, value: Double, range: String)
    /// A network or training set-up that cannot work, e.g. binary cross-entropy on a tanh output.
    case invalidConfiguration(String)
    /// A value that is NaN or infinite where a finite number is needed.
    case nonFiniteValue(String)

    public var description: String {
        switch self {
        case let .shapeMismatch(operation, expected, actual):
            return "shape mismatch in \(operation): expected \(expected), got \(actual)"
        case let .emptyData(what):
            return "empty data: \(what)"
        case let .invalidSplitRatios(train, dev, test):
            return "split ratios must be non-negative and sum to 1, got train \(train) + dev \(dev) + test \(test) = \(train + dev + test)"
        case let .invalidKeepProbability(p):
            return "dropout keepProb must lie in (0, 1], got \(p)"
        case let .negativeParameter(name, value):
            return "\(name) must not be negative, got \(value)"
        case let .nonPositiveParameter(name, value):
            return "\(name) must be greater than 0, got \(value)"
        case let .outOfRange(name, value, range):
            return "\(name) must lie in \(range), got \(value)"
        case let .invalidConfiguration(message):
            return "invalid configuration: \(message)"
        case let .nonFiniteValue(what):
            return "non-finite value: \(what)"
        }
    }
}

extension DLCoreError {
    static func requireNonNegative(_ value: Double, _ name: String) throws {
        guard value.isFinite else { throw DLCoreError.nonFiniteValue("\(name) is \(value)") }
        guard value >= 0 else { throw DLCoreError.negativeParameter(name: name, value: value) }
    }

    static func requirePositive(_ value: Double, _ name: String) throws {
        guard value.isFinite else { throw DLCoreError.nonFiniteValue("\(name) is \(value)") }
        guard value > 0 else { throw DLCoreError.nonPositiveParameter(name: name, value: value) }
    }

    static func requireKeepProbability(_ p: Double) throws {
        guard p.isFinite, p > 0, p <= 1 else { throw DLCoreError.invalidKeepProbability(p) }
    }
}
