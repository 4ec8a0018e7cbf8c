// DLCore — the deep-learning core of dltutor: small dense networks, trained and checked in plain view.
//
// Layout (one column per example, as in the course):
//   X (features × m) → Z[l] = W[l]·A[l−1] + b[l] (units × m) → A[l] = g(Z[l]) → … → cost J
//
// Where things are:
//   Numerics/        Matrix (row-major [Double]), the product kernels, QR and symmetric eigen, RandomSource
//   Data/            Dataset (x, y), toy sets (circles, moons, xor, spirals, blobs, flower, regression,
//                    mis-scaled features), label noise, shifted distributions, train/dev/test splits
//   Network/         Activation and Loss (each beside its derivative), Regularization (L1/L2), Dropout,
//                    DenseLayer, Network, the forward pass, backpropagation, PlantedBug
//   Initialization/  Initializer (zeros … orthogonal, given weights)
//   Training/        Optimizer (GD, momentum, Adam, AdamW), TrainingConfiguration, Trainer (stepwise),
//                    early stopping, step reports, evaluation
//   Normalization/   Normalizer (min-max, z-score, PCA whitening), fitted on train, applied to the rest
//   Diagnostics/     LayerDiagnostics (activation statistics, saturation, dead units, gradient and update norms)
//   GradientCheck/   ParameterVector (θ with named segments), GradientCheck, GradientCheckSession,
//                    the report and verdicts, the naive and the fast cost evaluators
//   Benchmarks/      CoreBenchmarks, the two workloads `dltutor bench` times
//
// A lesson in ten lines:
//
//   var rng = RandomSource(seed: 1)
//   let data = try Dataset.circles(count: 300, noise: 0.1, rng: &rng)
//   let split = try data.split(train: 0.6, dev: 0.2, test: 0.2, rng: &rng)
//   let net = try Network(layerSizes: [2, 20, 3, 1], hidden: .relu, output: .sigmoid,
//                         loss: .binaryCrossEntropy, initializer: .he, rng: &rng)
//   var trainer = try Trainer(network: net, split: split,
//                             configuration: .init(optimizer: .adam(learningRate: 0.01), batchSize: 64,
//                                                  regularization: .l2(0.1), earlyStopping: EarlyStopping(patience: 20)))
//   trainer.train(steps: 10)                          // call again from the UI loop; inspect trainer.lastEpoch
//   let report = try GradientCheck(regularization: .l2(0.1)).run(network: trainer.network, data: split.train)
//   print(report.summary)                             // overall and per segment (W1, b1, …), worst components
