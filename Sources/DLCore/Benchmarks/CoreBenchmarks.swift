/// The two workloads `dltutor bench` times, exactly as the specification states them. Each returns
/// the wall time in seconds (data and network set-up excluded); `Benchmarks/numpy_reference.py`
/// runs the same work in NumPy for comparison, `Benchmarks/jax_reference.py` the train workload in JAX.
public enum CoreBenchmarks {
    /// What one workload did, so a caller can show that the work was real.
    public struct Outcome: Sendable, Hashable {
        public var seconds: Double
        /// A short account of the result, e.g. "final cost 0.0123, accuracy 99.7%".
        public var detail: String
    }

    static let seed: UInt64 = 2024
    public static let pointCount = 300
    /// The train workload's network and number of full-batch steps.
    public static let trainLayerSizes = [2, 20, 3, 1]
    public static let trainIterations = 30_000

    /// *train*: a [2, 20, 3, 1] ReLU/ReLU/sigmoid network with binary cross-entropy on 300 points of
    /// 2-D circles, full-batch gradient descent (η = 0.5) for 30,000 iterations.
    public static func train() -> Double { runTrain().seconds }

    /// *gradcheck*: a full two-sided gradient check (ε = 1e-7) of all 4,417 parameters of a
    /// [2, 64, 64, 1] ReLU/ReLU/sigmoid network (the train workload's activations) with binary
    /// cross-entropy on 300 points of circles.
    public static func gradcheck() -> Double { runGradcheck().seconds }

    public static func runTrain(iterations: Int = trainIterations) -> Outcome {
        do {
            var rng = RandomSource(seed: seed)
            let data = try Dataset.circles(count: pointCount, noise: 0.1, factor: 0.5, rng: &rng)
            let network = try Network(layerSizes: trainLayerSizes, hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy,
                                      initializer: .he, rng: &rng)
            var trainer = try Trainer(network: network, train: data,
                                      configuration: .init(optimizer: .gradientDescent(learningRate: 0.5)))
            let clock = ContinuousClock()
            let start = clock.now
            trainer.train(steps: iterations)
            let seconds = (clock.now - start).seconds
            let accuracy = trainer.lastEpoch?.trainAccuracy ?? 0
            return Outcome(seconds: seconds, detail: "\(trainer.stepCount) steps with \(VectorInstructionSet.current), final cost \(trainer.lastCost ?? .nan), "
                + "accuracy \(accuracy * 100)%, \(trainer.status)")
        } catch {
            return Outcome(seconds: .nan, detail: "failed: \(error)")
        }
    }

    public static func runGradcheck(strategy: GradientCheck.Strategy = .fast, hidden: Activation = .relu) -> Outcome {
        do {
            var rng = RandomSource(seed: seed)
            let data = try Dataset.circles(count: pointCount, noise: 0.1, factor: 0.5, rng: &rng)
            let network = try Network(layerSizes: [2, 64, 64, 1], hidden: hidden, output: .sigmoid, loss: .binaryCrossEntropy,
                                      initializer: .xavierNormal, rng: &rng)
            let clock = ContinuousClock()
            let start = clock.now
            let report = try GradientCheck(epsilon: 1e-7, method: .twoSided, strategy: strategy).run(network: network, data: data)
            let seconds = (clock.now - start).seconds
            return Outcome(seconds: seconds, detail: "\(report.analytic.count) parameters, \(report.costEvaluations) cost evaluations, "
                + "relative difference \(report.relativeDifference)")
        } catch {
            return Outcome(seconds: .nan, detail: "failed: \(error)")
        }
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
