import DLCore

/// Polynomial fits trained one after another, one slice of steps per `advance()`: the sweep of
/// `biasvar.capacity` (one fit per degree) and of `biasvar.data-size` (one per model and training-set
/// size), which each had their own copy of this loop.
struct BiasVarianceFitQueue {
    /// The degree and training set of each fit, in the order they are trained.
    let jobs: [(degree: Int, train: Dataset)]
    let dev: Dataset
    /// Adam steps per fit.
    let steps: Int
    let stepsPerSlice: Int
    let seed: UInt64
    private var current: BiasVariancePolynomialFit?
    /// Train and dev error of each fit done so far, in the order of `jobs`.
    private(set) var results: [(train: Double, dev: Double)] = []

    init(jobs: [(degree: Int, train: Dataset)], dev: Dataset, steps: Int, stepsPerSlice: Int, seed: UInt64) {
        self.jobs = jobs
        self.dev = dev
        self.steps = steps
        self.stepsPerSlice = stepsPerSlice
        self.seed = seed
    }

    var isFinished: Bool { results.count == jobs.count }

    /// The fits done plus the share of the current one, over all fits: 0…1.
    var progress: Double {
        let partial = Double(current?.stepCount ?? 0) / Double(steps)
        return (Double(results.count) + partial) / Double(jobs.count)
    }

    /// One slice of the current fit (starting the next one if none is running); once the fit has run
    /// all its steps its errors join `results`.
    mutating func advance() throws {
        if current == nil {
            let job = jobs[results.count]
            current = try BiasVariancePolynomialFit(degree: job.degree, train: job.train, dev: dev, steps: steps, seed: seed)
        }
        current!.train(steps: stepsPerSlice)
        if current!.isDone {
            results.append(try current!.errors())
            current = nil
        }
    }
}
