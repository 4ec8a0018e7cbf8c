import FoundationEssentials
import TextSupport

/// The likely mistake, when the pattern of failing arrays is one the course teaches to recognise.
///
/// Read from the two gradients array by array: the factor k that best maps the numerical gradient to
/// backprop (`a ≈ k·n`), whether that fit is exact (a constant factor), and which arrays fail.
public enum MistakeHint: Sendable, Hashable {
    /// Backprop is −1 times the numerical gradient in these arrays: relative difference 1.
    case signFlipped(arrays: [String])
    /// Every array is off by the same factor k: something all layers share, such as a missing 1/m.
    case sharedFactor(k: Double)
    /// Only W arrays fail, the b arrays are right; `coefficient` is c in backprop − numeric ≈ c·W when
    /// that fits (−λ/m for a forgotten L2 gradient).
    case onlyWeights(arrays: [String], coefficient: Double?)
    /// One array (or a few, each by its own constant) off by a constant factor.
    case constantFactor(array: String, k: Double, measured: Double)
    /// Every array of layers 1…layer fails and the layers above are right: the mistake is where the
    /// gradient goes down through layer `layer`'s activation (its derivative, or a dropout mask).
    case belowLayer(layer: Int, arrays: [String])
    /// No pattern recognised: these arrays fail.
    case other(arrays: [String])

    /// The arrays the hint names.
    public var arrays: [String] {
        switch self {
        case .signFlipped(let a), .onlyWeights(let a, _), .belowLayer(_, let a), .other(let a): a
        case .sharedFactor: []
        case .constantFactor(let a, _, _): [a]
        }
    }

    public var text: String {
        switch self {
        case .signFlipped(let arrays):
            return "\(list(arrays)) \(arrays.count == 1 ? "has" : "have") the opposite sign of the numerical gradient "
                + "(difference 1): a sign flipped, e.g. Y − A for A − Y, or a minus lost in a derivative."
        case .sharedFactor(let k):
            let m = k.rounded()
            let likelyM = k > 1.5 && abs(k - m) < 1e-3 * k
            return "Every array is \(short(k)) times the numerical gradient: something every layer shares is off"
                + (likelyM ? " — if you have \(Int(m)) examples, the 1/m is missing (in dW and db, or in dAL)." : ", such as the 1/m.")
        case .onlyWeights(let arrays, let coefficient):
            let base = "Only \(list(arrays)) \(arrays.count == 1 ? "is" : "are") off and the b arrays are right: "
            guard let c = coefficient else {
                return base + "look at what only dW has — the regularization term, or A_prev in dW = dZ·A_prevᵀ/m."
            }
            if c < 0 {
                return base + "backprop lacks a term (λ/m)·W with λ/m = \(short(-c)): the gradient of the L2 term is forgotten."
            }
            return base + "backprop has a term (λ/m)·W with λ/m = \(short(c)) that the cost does not: "
                + "add (λ/2m)·Σ‖W‖² to the cost, or use the same λ in both."
        case .constantFactor(let array, let k, let measured):
            return "\(array) is \(short(k)) times the numerical gradient: a constant factor k gives |k−1|/(k+1) = "
                + "\(short(abs(k - 1) / (k + 1))) (measured \(short(measured))). Look for a stray factor in the line that computes d\(array)."
        case .belowLayer(let layer, let arrays):
            return "\(list(arrays)) \(arrays.count == 1 ? "is" : "are") off and the layers above \(layer) are right: "
                + "the mistake is where the gradient goes down through layer \(layer)'s activation — its derivative "
                + "(relu_backward, sigmoid_backward), or a dropout mask not applied as in the forward pass."
        case .other(let arrays):
            return "Failing: \(list(arrays)). Start with the highest layer that fails: the mistake enters there."
        }
    }

    private func list(_ names: [String]) -> String {
        names.count <= 1 ? (names.first ?? "") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    private func short(_ value: Double) -> String { String(printf: "%.4g", value) }

    /// The differences at or above this make an array fail (the bug band).
    static let failing = 1e-3

    /// The hint for backprop `analytic` against `numeric` (kinks already set aside) at `parameters`,
    /// or nil when nothing fails.
    static func find(analytic: [NamedArray], numeric: [NamedArray], parameters: [NamedArray], differences: [Double]) -> MistakeHint? {
        let failing = analytic.indices.filter { !(differences[$0] < MistakeHint.failing) }
        guard !failing.isEmpty else { return nil }
        let names = failing.map { analytic[$0].name }
        let fits = analytic.indices.map { fit(analytic[$0].values, numeric[$0].values) }

        // A constant factor is a fit that explains backprop to one part in a thousand.
        func constant(_ i: Int) -> Double? { fits[i].map { $0.residual < 1e-3 ? $0.k : nil } ?? nil }

        if failing.allSatisfy({ constant($0).map { abs($0 + 1) < 1e-3 } ?? false }) {
            return .signFlipped(arrays: names)
        }
        if failing.count == analytic.count, analytic.count > 1, let k = constant(failing[0]),
           failing.allSatisfy({ constant($0).map { abs($0 - k) < 1e-3 * abs(k) } ?? false }) {
            return .sharedFactor(k: k)
        }
        let isWeight = { (i: Int) in analytic[i].name.first == "W" || analytic[i].name.first == "w" }
        let biases = analytic.indices.filter { analytic[$0].name.first == "b" }
        var weightsOnly: MistakeHint?
        if !biases.isEmpty, failing.allSatisfy(isWeight), biases.allSatisfy({ differences[$0] < MistakeHint.failing }) {
            // backprop − numeric against W itself: an L2 term in one and not the other.
            let error = failing.map { i in zip(analytic[i].values, numeric[i].values).map { $0 - $1 } }
            let weights = failing.map { parameters[$0].values }
            let coefficient = fit(error.flatMap { $0 }, weights.flatMap { $0 }).flatMap { $0.residual < 1e-2 ? $0.k : nil }
            if coefficient != nil { return .onlyWeights(arrays: names, coefficient: coefficient) }
            weightsOnly = .onlyWeights(arrays: names, coefficient: nil)
        }
        // One array by a constant factor says more than "only W" (a doubled dW2 is both).
        if failing.count == 1, let k = constant(failing[0]), k > 0 {
            return .constantFactor(array: names[0], k: k, measured: differences[failing[0]])
        }
        if let weightsOnly { return weightsOnly }
        // Every array of layers 1…L fails and every array above passes.
        let layers = analytic.map { ArrayLayout.layerNumber($0.name) }
        if layers.allSatisfy({ $0 != nil }) {
            let top = failing.map { layers[$0]! }.max()!
            let below = analytic.indices.filter { layers[$0]! <= top }
            let above = analytic.indices.filter { layers[$0]! > top }
            if Set(below) == Set(failing), !above.isEmpty {
                return .belowLayer(layer: top, arrays: names)
            }
        }
        return .other(arrays: names)
    }

    /// The k minimising ‖a − k·n‖, and ‖a − k·n‖ / ‖a‖; nil when n is zero.
    static func fit(_ a: [Double], _ n: [Double]) -> (k: Double, residual: Double)? {
        var an = 0.0, nn = 0.0, aa = 0.0
        for (x, y) in zip(a, n) {
            an += x * y
            nn += y * y
            aa += x * x
        }
        guard nn > 0, aa > 0 else { return nil }
        let k = an / nn
        var rest = 0.0
        for (x, y) in zip(a, n) { rest += (x - k * y) * (x - k * y) }
        return (k, (rest / aa).squareRoot())
    }
}
