import DLCore

extension Trainer {
    /// The values of a "diverged" finding: the step, and the cost that stopped being a finite number (the step's
    /// training cost, or the epoch's dev cost when that is what failed), which the finding's claim reads.
    func divergenceValues(step: Int) -> [String: Double] {
        let cost = lastCost.flatMap { $0.isFinite ? nil : $0 } ?? (epochHistory.last?.devCost ?? .nan)
        return ["diverged_at_step": Double(step), "cost_at_divergence": cost]
    }

    /// What "diverged" claims: the cost is not a finite number.
    static let divergenceClaims: [Claim] = [.notFinite("cost_at_divergence")]
}
