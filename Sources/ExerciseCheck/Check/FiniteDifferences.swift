import DLCore
import FoundationEssentials

/// Two-sided differences of the program's own cost, component by component, with the components whose
/// difference cannot be trusted found and set apart by DLCore's own evidence (`FiniteDifferenceEvidence`):
///
///     numeric = (J(θ + εe) − J(θ − εe)) / 2ε
///
/// A component that disagrees with backprop is evaluated again at ±ε/2; its one-sided slopes then say
/// whether the cost bends within the step (a kink: the slopes differ as much at ε/2 as at ε), whether
/// the difference moves with the step, or whether rounding explains the disagreement. Components that
/// agree cost no extra evaluations.
struct FiniteDifferences {
    let client: ProtocolClient
    let epsilon: Double
    /// Changes per `costs` request: a response stays a few tens of kilobytes.
    let batchSize: Int
    /// Whether the program answers `costs`; found out by the first request.
    private(set) var batched = true
    private(set) var evaluations = 0

    init(client: ProtocolClient, epsilon: Double, batchSize: Int) {
        self.client = client
        self.epsilon = epsilon
        self.batchSize = batchSize
    }

    /// What the differences found: the numerical gradient in the arrays' order, the components set
    /// aside with their reason and one-sided slopes, and those whose cost bends within the step.
    struct Result {
        var numeric: [Double]
        var doubts: [Int: (reason: FiniteDifferenceDoubt, left: Double, right: Double)]
        var bending: Set<Int>
    }

    /// The costs with one component changed each, batched when the program can.
    mutating func costs(_ parameters: [NamedArray], _ changes: [ProtocolClient.Change]) throws(ProgramFailure) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(changes.count)
        var start = 0
        while start < changes.count {
            let end = min(changes.count, start + batchSize)
            if batched {
                do {
                    result += try client.costs(parameters, changes: Array(changes[start..<end]))
                    evaluations += end - start
                    start = end
                    continue
                } catch .programError where result.isEmpty {
                    // `costs` is optional: a program that does not know it answers with an error; ask one at a time.
                    batched = false
                }
            }
            var single = parameters
            let index = Dictionary(uniqueKeysWithValues: parameters.enumerated().map { ($1.name, $0) })
            for change in changes[start..<end] {
                let a = index[change.array]!
                let original = single[a].values[change.offset]
                single[a].values[change.offset] = change.value
                result.append(try client.cost(single))
                single[a].values[change.offset] = original
                evaluations += 1
            }
            start = end
        }
        return result
    }

    /// The numerical gradient at `parameters` (cost `baseCost`), judged against backprop's `analytic`
    /// (flat, in the arrays' order).
    mutating func gradient(at parameters: [NamedArray], baseCost: Double, analytic: [Double]) throws(ProgramFailure) -> Result {
        var components: [(array: Int, offset: Int)] = []
        for (a, array) in parameters.enumerated() { for k in 0..<array.count { components.append((a, k)) } }
        func changes(_ step: Double, _ subset: [Int]) -> [ProtocolClient.Change] {
            subset.flatMap { c -> [ProtocolClient.Change] in
                let (a, k) = components[c], w = parameters[a].values[k]
                return [.init(array: parameters[a].name, offset: k, value: w + step),
                        .init(array: parameters[a].name, offset: k, value: w - step)]
            }
        }
        let first = try costs(parameters, changes(epsilon, Array(components.indices)))
        var result = Result(numeric: [Double](repeating: 0, count: components.count), doubts: [:], bending: [])
        var examined: [Int] = []
        for c in components.indices {
            let plus = first[2 * c], minus = first[2 * c + 1]
            result.numeric[c] = (plus - minus) / (2 * epsilon)
            let slopes = (left: (baseCost - minus) / epsilon, right: (plus - baseCost) / epsilon)
            if FiniteDifferenceEvidence.isWithinRounding(analytic: analytic[c], cost: baseCost, plus: plus, minus: minus, epsilon: epsilon) {
                result.doubts[c] = (.rounding, slopes.left, slopes.right)
            } else if FiniteDifferenceEvidence.needsExamination(analytic: analytic[c], cost: baseCost, plus: plus, minus: minus, epsilon: epsilon) {
                examined.append(c)
            }
        }
        guard !examined.isEmpty else { return result }
        let second = try costs(parameters, changes(epsilon / 2, examined))
        for (i, c) in examined.enumerated() {
            let plus = first[2 * c], minus = first[2 * c + 1]
            let evidence = FiniteDifferenceEvidence(analytic: analytic[c], cost: baseCost, plus: plus, minus: minus,
                                                    halfPlus: second[2 * i], halfMinus: second[2 * i + 1], epsilon: epsilon)
            if evidence.bends { result.bending.insert(c) }
            if let doubt = evidence.doubt {
                result.doubts[c] = (doubt, (baseCost - minus) / epsilon, (plus - baseCost) / epsilon)
            }
        }
        return result
    }
}
