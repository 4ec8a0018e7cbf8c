extension EnglishStrings {
    // norm.scales
    var scalesTitle: String { "Feature scales and gradient descent" }
    var scalesSummary: String { "Cost contours and the gradient-descent path of a two-feature linear regression, with and without normalizing." }
    var scalesScaling: KnobText { KnobText("scaling", "how the two input features are rescaled before training") }
    var scalesLearningRate: KnobText { KnobText("α (learning rate)", "gradient-descent step size; raise it until the path diverges") }
    var gradientDescentPath: String { "gradient descent" }
    func noProblem(_ scaling: String) -> String { "no problem was set up for scaling \(scaling)" }
    func contoursTitle(_ scaling: String, _ rate: String) -> String { "√(cost − minimum) over w₁, w₂ (\(scaling), α=\(rate))" }
    var minimumPoint: String { "minimum" }
    func iterationsTableTitle(_ rate: String) -> String { "Iterations to converge at α=\(rate)" }
    var iterationsColumns: [String] { ["scaling", "iterations", "largest stable α"] }
    func divergedAt(_ iteration: Int) -> String { "diverged (it. \(iteration))" }
    func scalesConverged(_ scaling: String, _ iterations: Int, _ rate: String) -> String {
        "\(scaling): converged in \(iterations) iterations at α=\(rate)."
    }
    func scalesDiverged(_ scaling: String, _ iteration: Int, _ rate: String, _ cost: String) -> String {
        "\(scaling): diverged at iteration \(iteration) with α=\(rate): the cost grew to \(cost); the step is too large for the steep direction."
    }
    func scalesNotConverged(_ scaling: String, _ iterations: Int, _ rate: String, _ excess: String) -> String {
        "\(scaling): not converged after \(iterations) iterations at α=\(rate); the cost is still \(excess) above its minimum."
    }
    func scalesCurvature(_ ratio: String, _ weightRatio: String, _ axes: String, round: Bool, _ stable: String) -> String {
        "Curvature ratio λmax/λmin = \(ratio) over (w₁, w₂, b); over (w₁, w₂) alone, with b at its best, \(weightRatio): "
            + "the drawn contours' long axis is \(axes)× the short one" + (round ? " (round)." : ".") + " Largest stable α = 2/λmax = \(stable)."
    }
    func scalesNotCentred(_ mean1: String, _ mean2: String, _ ratio: String) -> String {
        "The inputs are not centred (means \(mean1) and \(mean2)), so b is coupled with the weights: gradient descent, which moves b too, "
            + "is as slow as the ratio \(ratio) says, however round the contours over (w₁, w₂) look. Centring (standardize) removes it."
    }
    func scalesAtSameRate(_ outcomes: [String]) -> String { "At the same α: " + outcomes.joined(separator: ", ") + "." }

    // norm.leak
    var leakTitle: String { "Normalization statistics: fit on train, or on everything?" }
    var leakSummary: String { "Dev and test scores beside the score on new data, with μ and σ fitted on the training set or on all data." }
    var leakFitOn: KnobText { KnobText("fit μ, σ on", "which examples the standardization statistics are computed from") }
    func fitOnGroup(_ way: String) -> String { "fit on \(way)" }
    var newData: String { "new data" }
    func leakChartTitle(_ draws: Int) -> String { "Mean accuracy over \(draws) draw\(draws == 1 ? "" : "s") (%)" }
    var leakTableTitle: String { "Accuracy by way of fitting μ and σ (mean over draws)" }
    var leakColumns: [String] { ["fit on", "dev", "test", "new data", "dev/test − new"] }
    func leakScores(_ way: String, _ dev: String, _ test: String, _ new: String, _ draws: Int) -> String {
        "Fit on \(way): dev \(dev), test \(test), truly new data \(new) (mean of \(draws) draws)."
    }
    func leakOptimism(_ gap: String, _ error: String, _ reading: StatisticsLeak.Run.OptimismReading) -> String {
        let verdict = switch reading {
        case .optimistic: "an optimistic estimate."
        case .withinNoise: "within the noise of the draws."
        case .pessimistic: "worse beyond the noise of the draws, which is not the optimism a leak causes (a leak can only flatter): at this seed the examples drawn for dev/test are harder than the new data."
        }
        return "Dev/test look \(gap) points better than new data (± \(error) over the draws): " + verdict
    }
    func leakMoved(_ moved: String, _ meanShift: String, _ spread: String) -> String {
        "Fitting on all data instead of the training set moved the dev/test scores by \(moved) points: adding dev and test moved μ by "
            + "\(meanShift)σ and σ by \(spread)%, and no labels enter the statistics."
    }
}
