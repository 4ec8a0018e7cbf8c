import DLCore
import FoundationEssentials
import Glibc

/// The task behind the `biasvar.*` experiments: points uniform in [−1, 1]², class 1 above the wavy
/// boundary x₂ = 0.5·sin(4x₁), with a share of the labels flipped at random. The flipped share is the
/// best error any model can reach on fresh data (the Bayes error), so the knob sets the noise floor.
enum BiasVarianceTask {
    static func boundary(_ x1: Double) -> Double { 0.5 * sin(4 * x1) }

    /// `count` labelled points; exactly round(noise·count) of them have their label flipped (DLCore).
    static func data(count: Int, noise: Double, rng: inout RandomSource) throws -> Dataset {
        var x = Matrix(rows: 2, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            x[0, j] = rng.uniform(-1, 1)
            x[1, j] = rng.uniform(-1, 1)
            y[0, j] = x[1, j] > boundary(x[0, j]) ? 1 : 0
        }
        let clean = try Dataset(x: x, y: y, name: "wavy boundary")
        return noise > 0 ? try clean.withLabelNoise(fraction: noise, rng: &rng) : clean
    }

    /// Every monomial x₁ⁱx₂ʲ with 1 ≤ i + j ≤ `degree`, one row each: `(features × m)`. Logistic
    /// regression on these is a model whose capacity the degree sets, from a straight line (1) to
    /// a boundary that can snake around every training point (10: 65 features).
    static func polynomialFeatures(_ x: Matrix, degree: Int) -> Matrix {
        var rows: [[Double]] = []
        for total in 1...max(degree, 1) {
            for i in stride(from: total, through: 0, by: -1) {
                let j = total - i
                rows.append((0..<x.columns).map { pow(x[0, $0], Double(i)) * pow(x[1, $0], Double(j)) })
            }
        }
        return (try? Matrix(rows)) ?? Matrix(rows: 0, columns: x.columns)
    }

    static func featureCount(degree: Int) -> Int { degree * (degree + 3) / 2 }
}

/// Logistic regression on polynomial features of one degree, trained a slice at a time: the
/// features are standardized with statistics from the training set (DLCore's `Normalizer`), then a
/// one-layer sigmoid network is trained with full-batch Adam for a fixed number of steps.
struct BiasVariancePolynomialFit {
    let degree: Int
    let totalSteps: Int
    private var trainer: Trainer
    private let normalizer: Normalizer
    private let train: Dataset
    private let dev: Dataset

    static let learningRate = 0.05

    init(degree: Int, train: Dataset, dev: Dataset, steps: Int, seed: UInt64) throws {
        self.degree = degree
        self.totalSteps = steps
        var features = train
        features.x = BiasVarianceTask.polynomialFeatures(train.x, degree: degree)
        normalizer = try Normalizer.fit(.zScore, to: features.x)
        features = try normalizer.apply(features)
        var devFeatures = dev
        devFeatures.x = try normalizer.apply(BiasVarianceTask.polynomialFeatures(dev.x, degree: degree))
        self.train = features
        self.dev = devFeatures
        var rng = RandomSource(seed: seed)
        // Zero weights suit logistic regression (its cost is convex) and keep runs comparable.
        let network = try Network(layerSizes: [features.featureCount, 1], hidden: .sigmoid, output: .sigmoid,
                                  loss: .binaryCrossEntropy, initializer: .zeros, rng: &rng)
        trainer = try Trainer(network: network, train: features, dev: nil,
                              configuration: TrainingConfiguration(optimizer: .adam(learningRate: Self.learningRate), seed: seed))
    }

    var isDone: Bool { trainer.stepCount >= totalSteps || trainer.status.isFinished }
    var stepCount: Int { trainer.stepCount }
    var diverged: Bool { if case .diverged = trainer.status { true } else { false } }

    mutating func train(steps: Int) {
        trainer.train(steps: min(steps, totalSteps - trainer.stepCount))
    }

    /// Train and dev error (1 − accuracy) of the model as it stands.
    func errors() throws -> (train: Double, dev: Double) {
        (1 - (try trainer.evaluate(train).accuracy ?? .nan), 1 - (try trainer.evaluate(dev).accuracy ?? .nan))
    }
}

/// How a model stands against the noise floor, with the thresholds the lesson uses, each difference
/// judged against its own standard error: with 100 training examples at 20 % error the train–dev gap
/// has a standard error of about 4 points, so a 5-point rule alone would call sampling noise "high
/// variance" at many seeds. A difference is high only above the threshold *and* beyond 2 standard
/// errors; above the threshold but within 2 standard errors it is unclear, and the finding says so.
enum BiasVarianceDiagnosis: String, CaseIterable {
    case highBias = "high bias"
    case highVariance = "high variance"
    case both = "high bias & variance"
    case good = "good"
    case highBiasVarianceUnclear = "high bias, variance unclear"
    case highVarianceBiasUnclear = "high variance, bias unclear"
    case unclear = "unclear"

    /// Avoidable bias or variance above this many percentage points, and beyond `noiseFactor` standard
    /// errors, counts as high.
    static let threshold = 0.05
    static let noiseFactor = 2.0

    /// Where one difference stands.
    enum Level: Equatable {
        case low, unclear, high

        init(_ difference: Double, standardError: Double) {
            if difference <= BiasVarianceDiagnosis.threshold {
                self = .low
            } else {
                self = difference > BiasVarianceDiagnosis.noiseFactor * standardError ? .high : .unclear
            }
        }
    }

    init(_ errors: BiasVarianceErrors) {
        let bias = Level(errors.avoidableBias, standardError: errors.avoidableBiasStandardError)
        let variance = Level(errors.variance, standardError: errors.varianceStandardError)
        switch (bias, variance) {
        case (.high, .high): self = .both
        case (.high, .low): self = .highBias
        case (.low, .high): self = .highVariance
        case (.low, .low): self = .good
        case (.high, .unclear): self = .highBiasVarianceUnclear
        case (.unclear, .high): self = .highVarianceBiasUnclear
        default: self = .unclear
        }
    }

    var isUncertain: Bool { self == .unclear || self == .highBiasVarianceUnclear || self == .highVarianceBiasUnclear }
}

/// A model's train and dev error against the noise floor, with the standard errors of the two
/// differences the diagnosis compares (binomial: √(p(1 − p)/n) per error rate; the floor is known).
struct BiasVarianceErrors {
    let train: Double
    let dev: Double
    let floor: Double
    let trainCount: Int
    let devCount: Int

    var avoidableBias: Double { train - floor }
    var variance: Double { dev - train }
    var avoidableBiasStandardError: Double { SampleStatistics.binomialVariance(train, trainCount).squareRoot() }
    var varianceStandardError: Double {
        (SampleStatistics.binomialVariance(train, trainCount) + SampleStatistics.binomialVariance(dev, devCount)).squareRoot()
    }
}
