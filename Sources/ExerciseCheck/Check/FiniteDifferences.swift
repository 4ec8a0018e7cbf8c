import Foundation

/// Two-sided differences of the program's own cost, component by component, with kinks found and set
/// apart.
///
///     g  = (J(θ + εe) − J(θ − εe)) / 2ε        the estimate compared with backprop
///     gR = (J(θ + εe) − J(θ)) / ε,  gL = (J(θ) − J(θ − εe)) / ε
///
/// For a smooth cost gR − gL ≈ ε·J″, which halves with ε; at a kink it is the jump in slope, which does
/// not (or vanishes when the kink leaves the smaller step). So a component whose sides disagree is
/// evaluated again at ε/2, and is a kink when (gR − gL) at ε is not twice (gR − gL) at ε/2. The second
/// pair of costs is needed only for the few components whose sides disagree.
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

    /// The numerical gradient at `parameters` (cost `baseCost`) and the kinks, in the order of the arrays.
    mutating func gradient(at parameters: [NamedArray], baseCost: Double) throws(ProgramFailure) -> (numeric: [Double], kinks: [Int: (left: Double, right: Double)]) {
        var components: [(array: Int, offset: Int)] = []
        for (a, array) in parameters.enumerated() { for k in 0..<array.count { components.append((a, k)) } }
        func changes(_ step: Double, _ subset: [Int]) -> [ProtocolClient.Change] {
            subset.flatMap { c -> [ProtocolClient.Change] in
                let (a, k) = components[c], w = parameters[a].values[k]
                return [.init(array: parameters[a].name, offset: k, value: w + step),
                        .init(array: parameters[a].name, offset: k, value: w - step)]
            }
        }
        let all = Array(components.indices)
        let first = try costs(parameters, changes(epsilon, all))
        var numeric = [Double](repeating: 0, count: components.count)
        var asymmetry = [Double](repeating: 0, count: components.count)
        var slopes = [(left: Double, right: Double)](repeating: (0, 0), count: components.count)
        var suspects: [Int] = []
        let noise = 256 * Double.ulpOfOne * max(abs(baseCost), 1) / epsilon
        for c in all {
            let w = parameters[components[c].array].values[components[c].offset]
            let up = (w + epsilon) - w, down = w - (w - epsilon)
            let plus = first[2 * c], minus = first[2 * c + 1]
            numeric[c] = (plus - minus) / (up + down)
            slopes[c] = ((baseCost - minus) / down, (plus - baseCost) / up)
            asymmetry[c] = slopes[c].right - slopes[c].left
            if abs(asymmetry[c]) > FiniteDifferences.tolerance(slopes[c].left, slopes[c].right, noise: noise) { suspects.append(c) }
        }
        var kinks: [Int: (left: Double, right: Double)] = [:]
        if !suspects.isEmpty {
            let half = epsilon / 2
            let second = try costs(parameters, changes(half, suspects))
            for (i, c) in suspects.enumerated() {
                let w = parameters[components[c].array].values[components[c].offset]
                let up = (w + half) - w, down = w - (w - half)
                let halfAsymmetry = (second[2 * i] - baseCost) / up - (baseCost - second[2 * i + 1]) / down
                if abs(asymmetry[c] - 2 * halfAsymmetry) > FiniteDifferences.tolerance(slopes[c].left, slopes[c].right, noise: 2 * noise) {
                    kinks[c] = slopes[c]
                }
            }
        }
        return (numeric, kinks)
    }

    /// How far apart two slopes of a smooth cost may be: a relative part, and rounding in the costs
    /// divided by the step.
    private static func tolerance(_ a: Double, _ b: Double, noise: Double) -> Double {
        1e-4 * (abs(a) + abs(b)) + noise
    }
}
