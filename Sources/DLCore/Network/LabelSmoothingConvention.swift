/// The two ways label smoothing is written, for K classes and a smoothing ε:
///
///     spread over all classes   (Szegedy et al., PyTorch, Keras):  true 1 − ε + ε/K,  others ε/K
///     spread over the others    (some course notes and papers):    true 1 − ε,        others ε/(K − 1)
///
/// They are the same family of targets: "over the others" with ε is "over all" with ε·K/(K − 1).
/// `Loss.softmaxCrossEntropy(labelSmoothing:)` takes the "over all" ε; `uniformEpsilon` converts.
public enum LabelSmoothingConvention: String, Sendable, Hashable, CaseIterable {
    case overAllClasses
    case overOtherClasses

    /// The smoothed target of the true class and of each other class.
    public func targets(epsilon e: Double, classCount k: Int) throws -> (trueClass: Double, otherClass: Double) {
        try validate(epsilon: e, classCount: k)
        let kk = Double(k)
        switch self {
        case .overAllClasses: return (1 - e + e / kk, e / kk)
        case .overOtherClasses: return (1 - e, e / (kk - 1))
        }
    }

    /// The "over all classes" ε that gives the same targets (what the loss takes).
    public func uniformEpsilon(_ e: Double, classCount k: Int) throws -> Double {
        try validate(epsilon: e, classCount: k)
        switch self {
        case .overAllClasses: return e
        case .overOtherClasses: return e * Double(k) / Double(k - 1)
        }
    }

    private func validate(epsilon e: Double, classCount k: Int) throws {
        guard k >= 2 else { throw DLCoreError.invalidConfiguration("label smoothing needs at least 2 classes, got \(k)") }
        guard e.isFinite, e >= 0, e < 1 else { throw DLCoreError.outOfRange(name: "label smoothing ε", value: e, range: "[0, 1)") }
    }
}
