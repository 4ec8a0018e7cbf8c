import DLCore
import TextCharts

/// A `Trainer` run a slice of iterations at a time up to a fixed count, with the cost of every
/// iteration kept as a chart series: the live cost curve of `debug.exploding`, `debug.overfit-tiny`
/// and `init.compare`, which each had their own copy of this loop.
///
/// A NaN or ∞ cost is kept on the series too: the chart leaves a gap there, and the findings say why.
struct CostCurveTraining {
    private(set) var trainer: Trainer
    /// The cost of every iteration so far, at x = the iteration's number.
    private(set) var cost: Series
    /// The run ends once this many iterations are done (or the trainer stops by itself).
    let iterations: Int
    /// Iterations per `advance()`.
    let iterationsPerSlice: Int

    init(trainer: Trainer, iterations: Int, iterationsPerSlice: Int,
         strings: any SharedStrings) {
        self.trainer = trainer
        self.iterations = iterations
        self.iterationsPerSlice = iterationsPerSlice
        cost = Series(name: strings.trainingCost, color: .blue)
    }

    /// One more slice of `iterationsPerSlice` iterations, each one's cost appended to `cost`.
    mutating func advance() {
        for report in trainer.trainReporting(steps: iterationsPerSlice) {
            cost.append(x: Double(report.step), y: report.cost)
        }
    }

    /// Done: all `iterations` run, or the trainer finished (diverged or converged) on its own.
    var isFinished: Bool { trainer.status.isFinished || trainer.stepCount >= iterations }

    /// The share of `iterations` done so far.
    var progress: Double { Double(trainer.stepCount) / Double(iterations) }
}
