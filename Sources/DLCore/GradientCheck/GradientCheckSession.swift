import Dispatch

/// A gradient check that can be advanced a few parameters at a time, so a UI loop stays responsive
/// even for a naive check of a large network (and can draw its progress).
///
///     var session = try GradientCheckSession(settings: GradientCheck(strategy: .naive), network: net, x: x, y: y)
///     while !session.isFinished { session.advance(parameters: 200); /* redraw */ }
///     let report = session.finish()
public struct GradientCheckSession: Sendable {
    public let settings: GradientCheck
    /// The number of components of θ.
    public let parameterCount: Int
    /// How many components have their finite difference so far (in θ's order: W1, b1, W2, …).
    public private(set) var checkedCount = 0
    public var isFinished: Bool { checkedCount == parameterCount }
    /// The gradient from backpropagation, available from the start.
    public let analytic: ParameterVector
    /// J(θ) including the penalty.
    public let baseCost: Double

    // Exactly one of the two is set. Kept as stored optionals (not an enum with payloads) so the naive
    // evaluator is mutated in place instead of being copied out and back for every evaluation.
    private let fast: FastCostEvaluator?
    private var naive: NaiveCostEvaluator?
    private var numeric: [Double]
    /// J(θ + εeₖ) and J(θ − εeₖ) of every component, two-sided checks only: the one-sided slopes they
    /// give tell a kink of the cost from a bug (`KinkTest`).
    private var plusCosts: [Double]
    private var minusCosts: [Double]
    private var evaluations: Int
    private let isMeaningful: Bool
    /// The dropout masks backprop used (and every cost evaluation too when the mask is fixed); nil without dropout.
    public let dropoutMasks: DropoutMasks?
    private let warnings: [String]
    /// (segment, offset within it) of every component, in θ's order.
    private let components: [(segment: ParameterSegment, offset: Int)]

    /// Validates the settings and the data, and computes the analytic gradient.
    public init(settings: GradientCheck, network: Network, x: Matrix, y: Matrix) throws {
        try DLCoreError.requirePositive(settings.epsilon, "gradient-check ε")
        try settings.regularization.validate()
        try settings.dropout?.validate()
        try network.validateInput(x)
        try network.validateTargets(y, exampleCount: x.columns)
        guard settings.worstCount >= 0 else {
            throw DLCoreError.negativeParameter(name: "worstCount", value: Double(settings.worstCount))
        }
        self.settings = settings

        // Dropout with keepProb 1 drops nothing, so it cannot spoil the check.
        let activeDropout = settings.dropout.flatMap { $0.keepProb < 1 ? $0 : nil }
        var rng = RandomSource(seed: settings.seed)
        let masks = try activeDropout.map { try $0.drawMasks(for: network, exampleCount: x.columns, rng: &rng) }
        dropoutMasks = masks
        isMeaningful = activeDropout?.fixedMask ?? true

        // The analytic gradient, through the same masks as the first cost evaluation.
        let pass = try network.forward(x, masks: masks)
        let gradients = try network.backward(pass, targets: y, regularization: settings.regularization, bugs: settings.bugs)
        analytic = try ParameterVector(gradients, shapedLike: network)
        parameterCount = analytic.count
        numeric = [Double](repeating: 0, count: analytic.count)
        let twoSidedCount = settings.method == .twoSided ? analytic.count : 0
        plusCosts = [Double](repeating: 0, count: twoSidedCount)
        minusCosts = [Double](repeating: 0, count: twoSidedCount)
        components = analytic.segments.flatMap { s in (0..<s.range.count).map { (segment: s, offset: $0) } }

        if settings.strategy == .fast && isMeaningful {
            let fast = FastCostEvaluator(network: network, x: x, y: y, regularization: settings.regularization, masks: masks)
            baseCost = fast.baseCost
            self.fast = fast
            self.naive = nil
            evaluations = 0
        } else {
            // Without a fixed mask every evaluation draws new masks: exactly what goes wrong when dropout is left on.
            var naive = NaiveCostEvaluator(network: network, x: x, y: y, regularization: settings.regularization, masks: masks,
                                           freshMasks: isMeaningful ? nil : activeDropout.map { ($0, rng) })
            baseCost = naive.currentCost()
            self.fast = nil
            self.naive = naive
            evaluations = 1
        }

        var notes: [String] = []
        if !isMeaningful, let activeDropout {
            notes.append("dropout is on (keepProb \(activeDropout.keepProb)) with a new mask for every cost evaluation, so each "
                + "evaluation sees a different network and this check is not meaningful: fix the mask "
                + "(Dropout(keepProb:fixedMask: true)) or turn dropout off")
        }
        if activeDropout?.fixedMask == true {
            notes.append("dropout is on with a fixed mask: the check is valid for this mask only")
        }
        warnings = notes
    }

    /// Computes the finite differences of up to `count` more components; returns how many it did.
    @discardableResult
    public mutating func advance(parameters count: Int) -> Int {
        let end = min(parameterCount, checkedCount + max(count, 0))
        let epsilon = settings.epsilon
        let twoSided = settings.method == .twoSided
        if let fast, end - checkedCount >= GradientCheckSession.parallelThreshold {
            // Every component is computed on its own from the read-only evaluator, so splitting the work
            // between threads changes nothing in the results (only which core computes which component).
            let first = checkedCount, chunk = GradientCheckSession.chunkSize
            let chunks = (end - first + chunk - 1) / chunk
            let components = self.components, baseCost = self.baseCost
            numeric.withUnsafeMutableBufferPointer { out in
                plusCosts.withUnsafeMutableBufferPointer { plusOut in
                    minusCosts.withUnsafeMutableBufferPointer { minusOut in
                        let out = UnsafeSendableBuffer(base: out.baseAddress!)
                        let plusOut = UnsafeSendableBuffer(base: plusOut.baseAddress), minusOut = UnsafeSendableBuffer(base: minusOut.baseAddress)
                        DispatchQueue.concurrentPerform(iterations: chunks) { c in
                            for index in (first + c * chunk)..<min(end, first + (c + 1) * chunk) {
                                let (segment, offset) = components[index]
                                if twoSided {
                                    let (plus, minus) = fast.costs(segment: segment, offset: offset, plus: epsilon, minus: -epsilon)
                                    out.base![index] = (plus - minus) / (2 * epsilon)
                                    plusOut.base![index] = plus
                                    minusOut.base![index] = minus
                                } else {
                                    out.base![index] = (fast.cost(segment: segment, offset: offset, epsilon: epsilon) - baseCost) / epsilon
                                }
                            }
                        }
                    }
                }
            }
            evaluations += (end - first) * (twoSided ? 2 : 1)
            checkedCount = end
            return end - first
        }
        for index in checkedCount..<end {
            let (segment, offset) = components[index]
            if let fast {
                if twoSided {
                    let (plus, minus) = fast.costs(segment: segment, offset: offset, plus: epsilon, minus: -epsilon)
                    numeric[index] = (plus - minus) / (2 * epsilon)
                    plusCosts[index] = plus
                    minusCosts[index] = minus
                } else {
                    numeric[index] = (fast.cost(segment: segment, offset: offset, epsilon: epsilon) - baseCost) / epsilon
                }
                evaluations += twoSided ? 2 : 1
            } else if twoSided {
                let plus = naive!.cost(segment: segment, offset: offset, epsilon: epsilon)
                let minus = naive!.cost(segment: segment, offset: offset, epsilon: -epsilon)
                numeric[index] = (plus - minus) / (2 * epsilon)
                plusCosts[index] = plus
                minusCosts[index] = minus
                evaluations += 2
            } else {
                // With fresh dropout masks even J(θ) changes between evaluations, so it is re-evaluated too.
                let reference = isMeaningful ? baseCost : naive!.currentCost()
                numeric[index] = (naive!.cost(segment: segment, offset: offset, epsilon: epsilon) - reference) / epsilon
                evaluations += isMeaningful ? 1 : 2
            }
        }
        let done = end - checkedCount
        checkedCount = end
        return done
    }

    /// The components whose two-sided difference disagrees with backprop for a reason other than
    /// backprop (`FiniteDifferenceEvidence`): two more evaluations at ±ε/2, only for the components that
    /// disagree. Only a two-sided check of a cost that stays the same between evaluations can tell.
    /// Also returns the components where the cost bends within ±ε/2 (set aside or not).
    private mutating func doubtfulComponents() -> (doubts: [Int: FiniteDifferenceDoubt], bending: Set<Int>) {
        guard settings.method == .twoSided, isMeaningful else { return ([:], []) }
        let epsilon = settings.epsilon, half = epsilon / 2
        var doubts: [Int: FiniteDifferenceDoubt] = [:], bending: Set<Int> = []
        for index in 0..<parameterCount {
            let (a, plus, minus) = (analytic.values[index], plusCosts[index], minusCosts[index])
            if FiniteDifferenceEvidence.isWithinRounding(analytic: a, cost: baseCost, plus: plus, minus: minus, epsilon: epsilon) {
                doubts[index] = .rounding
                continue
            }
            guard FiniteDifferenceEvidence.needsExamination(analytic: a, cost: baseCost, plus: plus, minus: minus, epsilon: epsilon) else {
                continue
            }
            let (segment, offset) = components[index]
            let halfCosts: (plus: Double, minus: Double)
            if let fast {
                halfCosts = fast.costs(segment: segment, offset: offset, plus: half, minus: -half)
            } else {
                halfCosts = (naive!.cost(segment: segment, offset: offset, epsilon: half),
                             naive!.cost(segment: segment, offset: offset, epsilon: -half))
            }
            evaluations += 2
            let evidence = FiniteDifferenceEvidence(analytic: analytic.values[index], cost: baseCost, plus: plusCosts[index],
                                                    minus: minusCosts[index], halfPlus: halfCosts.plus, halfMinus: halfCosts.minus,
                                                    epsilon: epsilon)
            doubts[index] = evidence.doubt
            if evidence.bends { bending.insert(index) }
        }
        return (doubts, bending)
    }

    /// Below this many components a call stays on the calling thread (a UI loop advancing a few at a time).
    static let parallelThreshold = 512
    /// Components per unit of work handed to a thread; small enough that a busy core does not hold up the other.
    static let chunkSize = 128

    /// Finishes the remaining components and returns the report.
    public mutating func finish() -> GradientCheckReport {
        advance(parameters: parameterCount)
        // The values always match the segments they were laid out by.
        let numericVector = (try? ParameterVector(values: numeric, segments: analytic.segments)) ?? analytic
        let (doubts, bending) = doubtfulComponents()
        return GradientCheckReport(analytic: analytic, numeric: numericVector, cost: baseCost, epsilon: settings.epsilon,
                                   method: settings.method, doubts: doubts, bending: bending, isMeaningful: isMeaningful,
                                   warnings: warnings,
                                   worstCount: settings.worstCount, costEvaluations: evaluations, bugs: settings.bugs,
                                   dropoutMasks: dropoutMasks)
    }
}

/// The output buffer of a parallel `advance`: each index is written by exactly one thread.
private struct UnsafeSendableBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>?
}
