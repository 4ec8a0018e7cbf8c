import Foundation
import Testing
@testable import DLCore

@Suite struct TrainingTests {
    static func circles(_ count: Int = 120, seed: UInt64 = 1) throws -> Dataset {
        var rng = RandomSource(seed: seed)
        return try Dataset.circles(count: count, noise: 0.1, rng: &rng)
    }

    static func network(_ sizes: [Int] = [2, 8, 1], hidden: Activation = .tanh, initializer: Initializer = .xavierNormal,
                        seed: UInt64 = 7) throws -> Network {
        var rng = RandomSource(seed: seed)
        return try Network(layerSizes: sizes, hidden: hidden, output: .sigmoid, loss: .binaryCrossEntropy,
                           initializer: initializer, rng: &rng)
    }

    @Test func zeroInitializationNeverLeavesLn2OnABalancedTask() throws {
        let data = try TrainingTests.circles(100)
        #expect(data.y.sum() == 50)
        for hidden in [Activation.tanh, .relu, .sigmoid] {
            var trainer = try Trainer(network: TrainingTests.network([2, 5, 4, 1], hidden: hidden, initializer: .zeros),
                                      train: data, configuration: .init(optimizer: .gradientDescent(learningRate: 0.5)))
            trainer.train(steps: 200)
            #expect(trainer.costHistory.allSatisfy { abs($0 - log(2.0)) < 1e-12 }, "\(hidden)")
        }
    }

    @Test func constantInitializationKeepsHiddenUnitsIdentical() throws {
        let data = try TrainingTests.circles(100)
        var trainer = try Trainer(network: TrainingTests.network([2, 5, 4, 1], initializer: .constant(0.3)), train: data,
                                  configuration: .init(optimizer: .gradientDescent(learningRate: 0.5)))
        trainer.train(steps: 200)
        let first = trainer.network
        // The weights moved, but every unit of a layer still has the same incoming and outgoing weights.
        #expect(first.layers[0].weights[0, 0] != 0.3)
        for layer in first.layers {
            for i in 1..<layer.unitCount {
                #expect(layer.weights.row(i) == layer.weights.row(0))
                #expect(layer.bias[i, 0] == layer.bias[0, 0])
            }
        }
    }

    @Test func keepProbOneIsExactlyNoDropout() throws {
        let data = try TrainingTests.circles()
        let base = TrainingConfiguration(optimizer: .momentum(learningRate: 0.1), batchSize: 32, seed: 3)
        var plain = try Trainer(network: TrainingTests.network(), train: data, configuration: base)
        var withDropout = base
        withDropout.dropout = Dropout(keepProb: 1)
        var dropped = try Trainer(network: TrainingTests.network(), train: data, configuration: withDropout)
        plain.train(steps: 50)
        dropped.train(steps: 50)
        #expect(plain.network == dropped.network)
        #expect(plain.costHistory == dropped.costHistory)
    }

    @Test func dropoutBelowOneChangesTraining() throws {
        let data = try TrainingTests.circles()
        var config = TrainingConfiguration(optimizer: .gradientDescent(learningRate: 0.1), seed: 3)
        var plain = try Trainer(network: TrainingTests.network(), train: data, configuration: config)
        config.dropout = Dropout(keepProb: 0.8)
        var dropped = try Trainer(network: TrainingTests.network(), train: data, configuration: config)
        plain.train(steps: 5)
        dropped.train(steps: 5)
        #expect(plain.network != dropped.network)
    }

    @Test func weightDecayEqualsL2UnderSGDButNotUnderAdam() throws {
        let data = try TrainingTests.circles(80)
        let lambda = 0.8
        let decay = lambda / Double(data.count)   // (λ/m)·W is the L2 gradient term
        func trained(_ optimizer: Optimizer, _ regularization: Regularization) throws -> Network {
            var trainer = try Trainer(network: TrainingTests.network(), train: data,
                                      configuration: .init(optimizer: optimizer, regularization: regularization))
            trainer.train(steps: 100)
            return trainer.network
        }
        let sgdL2 = try trained(.gradientDescent(learningRate: 0.3), .l2(lambda))
        let sgdDecay = try trained(.gradientDescent(learningRate: 0.3, weightDecay: decay), .none)
        #expect(sgdL2 == sgdDecay)

        let adamL2 = try trained(.adam(learningRate: 0.01), .l2(lambda))
        let adamW = try trained(.adamW(learningRate: 0.01, weightDecay: decay), .none)
        let difference = zip(parameters(of: adamL2), parameters(of: adamW)).map { abs($0 - $1) }.max()!
        #expect(difference > 1e-3)
    }

    @Test func earlyStoppingReturnsTheEpochOfTheLowestDevCost() throws {
        // A big network on few noisy points over-fits, so the dev cost turns back up.
        var rng = RandomSource(seed: 11)
        let data = try Dataset.moons(count: 100, noise: 0.35, rng: &rng)
        let split = try data.split(train: 0.3, dev: 0.7, test: 0, rng: &rng)
        var trainer = try Trainer(network: TrainingTests.network([2, 40, 40, 1], hidden: .relu, initializer: .he),
                                  train: split.train, dev: split.dev,
                                  configuration: .init(optimizer: .adam(learningRate: 0.02), earlyStopping: EarlyStopping(patience: 20),
                                                       maxEpochs: 2000))
        let status = trainer.run()
        guard case let .earlyStopped(best, stoppedAt) = status else {
            Issue.record("expected early stopping, got \(status)")
            return
        }
        let devCosts = trainer.epochHistory.map { $0.devCost! }
        let argmin = devCosts.indices.min { devCosts[$0] < devCosts[$1] }! + 1
        #expect(best == argmin)
        #expect(trainer.bestEpoch == best)
        #expect(stoppedAt == best + 20)
        // The restored weights are the best epoch's: their dev cost is the lowest one.
        #expect(abs(try trainer.evaluate(split.dev).cost - devCosts[best - 1]) < 1e-12)
    }

    @Test func sameSeedGivesBitIdenticalRuns() throws {
        func run() throws -> (Network, [Double]) {
            var rng = RandomSource(seed: 21)
            let data = try Dataset.spirals(count: 150, classes: 3, rng: &rng)
            let net = try Network(layerSizes: [2, 16, 3], hidden: .relu, output: .softmax, loss: .crossEntropy, rng: &rng)
            var trainer = try Trainer(network: net, train: data,
                                      configuration: .init(optimizer: .adam(learningRate: 0.01), batchSize: 32,
                                                           regularization: .l2(0.01), dropout: Dropout(keepProb: 0.9), seed: 5))
            trainer.train(steps: 60)
            return (trainer.network, trainer.costHistory)
        }
        let (a, costsA) = try run()
        let (b, costsB) = try run()
        #expect(a == b)
        #expect(costsA == costsB)
    }

    @Test func trainingLearnsCircles() throws {
        let data = try TrainingTests.circles(200)
        var trainer = try Trainer(network: TrainingTests.network([2, 10, 1], hidden: .tanh), train: data,
                                  configuration: .init(optimizer: .adam(learningRate: 0.05), batchSize: 50, maxEpochs: 150))
        #expect(trainer.run() == .completed(epochs: 150))
        #expect(trainer.stepCount == 150 * 4)
        #expect(try trainer.evaluate(data).accuracy! > 0.95)
        #expect(trainer.epochHistory.last!.trainCost < trainer.epochHistory.first!.trainCost / 3)
    }

    @Test func stepwiseTrainingEqualsOneLongRun() throws {
        let data = try TrainingTests.circles()
        let config = TrainingConfiguration(optimizer: .momentum(learningRate: 0.2), batchSize: 25, seed: 9)
        var stepwise = try Trainer(network: TrainingTests.network(), train: data, configuration: config)
        for _ in 0..<10 { stepwise.train(steps: 7) }
        var once = try Trainer(network: TrainingTests.network(), train: data, configuration: config)
        once.train(steps: 70)
        #expect(stepwise.network == once.network)
        #expect(stepwise.epochCount == 70 / 5)
    }

    /// `train(steps:)` makes no reports; `trainReporting(steps:)` makes the same updates and reports each.
    @Test func trainingWithoutReportsMakesTheSameUpdates() throws {
        let data = try TrainingTests.circles()
        for batchSize in [nil, 25] as [Int?] { // full batch (the single pass, an epoch per step) and mini-batches
            let config = TrainingConfiguration(optimizer: .gradientDescent(learningRate: 0.5), batchSize: batchSize, seed: 3)
            let network = try TrainingTests.network([2, 6, 3, 1], hidden: .relu)
            var quiet = try Trainer(network: network, train: data, configuration: config)
            var reporting = try Trainer(network: network, train: data, configuration: config)
            #expect(quiet.train(steps: 23) == 23)
            let reports = reporting.trainReporting(steps: 23)
            #expect(quiet.network == reporting.network)
            #expect(quiet.costHistory == reporting.costHistory && quiet.epochHistory == reporting.epochHistory)
            #expect(reports.map(\.step) == Array(1...23))
            #expect(reports.map(\.cost) == reporting.costHistory)
            #expect(reports.compactMap(\.epochSummary) == reporting.epochHistory)
            #expect(reports.map(\.epoch) == reports.map { ($0.step - 1) / reporting.stepsPerEpoch + 1 })
        }
        // A finished run makes no more updates.
        var cancelled = try Trainer(network: TrainingTests.network(), train: data, configuration: .init(optimizer: .gradientDescent(learningRate: 0.1)))
        cancelled.cancel()
        #expect(cancelled.train(steps: 5) == 0 && cancelled.trainReporting(steps: 5).isEmpty && cancelled.stepCount == 0)
    }

    @Test func observerCanCancelBetweenSteps() throws {
        var trainer = try Trainer(network: TrainingTests.network(), train: try TrainingTests.circles(),
                                  configuration: .init(optimizer: .gradientDescent(learningRate: 0.1)))
        var seen: [Int] = []
        let status = trainer.run { report in
            seen.append(report.step)
            return report.step == 12 ? .stop : .proceed
        }
        #expect(status == .cancelled(step: 12))
        #expect(seen == Array(1...12))
        #expect(trainer.step() == nil)
    }

    @Test func divergenceIsReportedWithItsStep() throws {
        var rng = RandomSource(seed: 4)
        let data = try Dataset.noisyRegression1D(count: 50, rng: &rng)
        let net = try Network(layerSizes: [1, 10, 1], hidden: .relu, output: .linear, loss: .meanSquaredError, rng: &rng)
        var trainer = try Trainer(network: net, train: data, configuration: .init(optimizer: .gradientDescent(learningRate: 5)))
        let status = trainer.run(maxSteps: 10_000)
        guard case let .diverged(step) = status else {
            Issue.record("expected divergence, got \(status)")
            return
        }
        #expect(!trainer.costHistory[step - 1].isFinite)
        #expect(trainer.costHistory.dropLast().allSatisfy { $0.isFinite })
        #expect(status.description == "diverged at step \(step)")
        #expect(trainer.network.layers.allSatisfy { layer in layer.weights.isFinite })
    }

    @Test func badConfigurationsThrow() throws {
        let data = try TrainingTests.circles()
        let net = try TrainingTests.network()
        func make(_ config: TrainingConfiguration, dev: Dataset? = nil) throws {
            _ = try Trainer(network: net, train: data, dev: dev, configuration: config)
        }
        #expect(throws: DLCoreError.negativeParameter(name: "learning rate", value: -0.1)) {
            try make(.init(optimizer: .gradientDescent(learningRate: -0.1)))
        }
        #expect(throws: DLCoreError.self) { try make(.init(optimizer: .adam(), regularization: .l2(-1))) }
        #expect(throws: DLCoreError.invalidKeepProbability(0)) { try make(.init(optimizer: .adam(), dropout: Dropout(keepProb: 0))) }
        #expect(throws: DLCoreError.self) { try make(.init(optimizer: .adam(), batchSize: 0)) }
        #expect(throws: DLCoreError.self) { try make(.init(optimizer: .adam(), earlyStopping: EarlyStopping(patience: 3))) }
        #expect(throws: DLCoreError.self) { try make(.init(optimizer: .adam(beta1: 1))) }
        let empty = try Dataset(x: Matrix(rows: 2, columns: 0), y: Matrix(rows: 1, columns: 0))
        #expect(throws: DLCoreError.self) { _ = try Trainer(network: net, train: empty, configuration: .init(optimizer: .adam())) }
    }
}
