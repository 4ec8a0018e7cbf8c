import Testing
@testable import Experiments

/// Runs `experiment` to the end with `assignments` over its defaults.
private func finish(_ experiment: some Experiment, _ assignments: [String] = [], seed: UInt64 = 1) throws -> Frame {
    try experiment.run(assignments, seed: seed)
}

/// The first finding value called `name`.
private func value(_ frame: Frame, _ name: String) throws -> Double {
    try #require(frame.findingValue(name), "no finding has \(name)")
}

@Suite("Regularization experiments")
struct RegularizationTests {
    @Test("reg.l2: L2 narrows the train–dev gap; a huge λ underfits like a straight line")
    func l2NarrowsTheGap() throws {
        let experiment = L2Penalty()
        let moderate = try finish(experiment)  // λ = 0.7
        let none = try finish(experiment, ["lambda=0"])
        let gapNone = try value(none, "gap_points"), gapModerate = try value(moderate, "gap_points")
        // Without a penalty the network memorises the noisy training set.
        #expect(try value(none, "train_error_percent") < 2)
        #expect(gapNone > 15)
        #expect(gapModerate < gapNone - 10)
        #expect(try value(moderate, "dev_error_percent") < value(none, "dev_error_percent") - 3)
        #expect(try value(moderate, "squared_weight_norm") < value(none, "squared_weight_norm") / 10)
        #expect(moderate.figures.count == 2)

        let huge = try finish(experiment, ["lambda=5"])
        // λ = 5: the training error rises to about a straight line's.
        #expect(try value(huge, "train_error_percent") > value(moderate, "train_error_percent"))
        #expect(try value(huge, "train_error_percent") >= value(huge, "linear_train_error_percent") - 2)
    }
}

extension RegularizationTests {
    @Test("reg.early-stopping: the best epoch is the lowest dev cost; patience 1 stops on an early bump")
    func earlyStoppingReportsTheBestEpoch() throws {
        let experiment = EarlyStoppingPatience()
        let patient = try finish(experiment)  // patience 10
        let impatient = try finish(experiment, ["patience=1"])
        for (frame, patience) in [(patient, 10.0), (impatient, 1.0)] {
            guard case let .line(chart) = try #require(frame.figures.first) else { Issue.record("no line chart"); return }
            let dev = try #require(chart.series.first { $0.name == "dev cost" })
            let lowest = try #require(dev.y.indices.min { dev.y[$0] < dev.y[$1] })
            #expect(try value(frame, "best_epoch") == dev.x[lowest])
            #expect(try value(frame, "best_dev_cost") == dev.y[lowest])
            #expect(try value(frame, "stopped_epoch") == value(frame, "best_epoch") + patience)
            #expect(chart.verticalLines.count == 2)
        }
        // Patience 1 stops long before the minimum that patience 10 finds, with a clearly worse dev cost.
        #expect(try value(impatient, "stopped_epoch") < value(patient, "best_epoch") / 2)
        #expect(try value(impatient, "best_dev_cost") > value(patient, "best_dev_cost") + 0.05)
    }

    @Test("reg.early-stopping is deterministic: the same seed gives the same findings")
    func earlyStoppingIsDeterministic() throws {
        let first = try finish(EarlyStoppingPatience(), seed: 7)
        let second = try finish(EarlyStoppingPatience(), seed: 7)
        #expect(first.findings.map(\.values) == second.findings.map(\.values))
        #expect(!first.findings.isEmpty)
    }
}

extension RegularizationTests {
    @Test("reg.weight-decay: L2 and weight decay coincide under SGD and separate under Adam")
    func weightDecayEqualsL2OnlyUnderSGD() throws {
        let experiment = WeightDecayVersusL2()
        let sgd = try finish(experiment)  // optimizer = sgd
        #expect(try value(sgd, "largest_weight_difference") < 1e-12)
        #expect(try value(sgd, "largest_norm_gap_fraction") < 1e-12)
        let adam = try finish(experiment, ["optimizer=adam"])
        // AdamW and Adam + L2 end far apart: more than 20% difference in ‖W‖ somewhere on the curves.
        #expect(try value(adam, "largest_norm_gap_fraction") > 0.2)
        #expect(try value(adam, "largest_weight_difference") > 0.1)
    }
}

extension RegularizationTests {
    @Test("reg.l1-vs-l2: L1 drives most weights to zero, L2 shrinks them without zeroing")
    func l1IsSparseL2IsSmall() throws {
        let frame = try finish(L1VersusL2())  // λ = 0.1
        let sparseL1 = try value(frame, "near_zero_percent_l1"), sparseL2 = try value(frame, "near_zero_percent_l2")
        #expect(sparseL1 > 50)
        #expect(sparseL2 < 15)
        #expect(try value(frame, "median_magnitude_l1") < 0.01)
        // L2 narrows the distribution: the typical weight is smaller than at the start, but not zero.
        #expect(try value(frame, "median_magnitude_l2") < value(frame, "median_magnitude_initial"))
        #expect(try value(frame, "median_magnitude_l2") > 0.05)
    }
}

extension RegularizationTests {
    @Test("reg.augmentation: rotated or flipped copies of a symmetric problem raise dev accuracy; scaling mislabels")
    func augmentationHelpsAsFarAsTheSymmetryGoes() throws {
        let experiment = Augmentation2D()
        let none = try finish(experiment)  // augmentation = none
        let baseline = try value(none, "dev_accuracy_percent")
        let rotation = try finish(experiment, ["augmentation=rotation"])
        #expect(try value(rotation, "dev_accuracy_percent_without") == baseline)
        #expect(try value(rotation, "dev_accuracy_percent") > baseline + 5)
        #expect(try value(rotation, "mislabelled_copies_percent") == 0)
        let flip = try finish(experiment, ["augmentation=flip"])
        #expect(try value(flip, "dev_accuracy_percent") > baseline + 5)
        // Scaling does not respect the rings: some copies cross the boundary and it helps far less.
        let scaling = try finish(experiment, ["augmentation=scaling"])
        #expect(try value(scaling, "mislabelled_copies_percent") > 1)
        #expect(try value(scaling, "dev_accuracy_percent") < value(rotation, "dev_accuracy_percent") - 5)
    }
}

extension RegularizationTests {
    @Test("reg.label-smoothing: the logit gap grows without bound at ε=0 and levels off at the target gap for ε>0")
    func labelSmoothingBoundsTheLogits() throws {
        let experiment = LabelSmoothing()
        let smoothed = try finish(experiment)  // ε = 0.1, 10% mislabelled
        let hard = try finish(experiment, ["epsilon=0"])
        let target = try value(smoothed, "target_gap")
        #expect(abs(target - 3.3322) < 0.001)  // ln((1 − 0.1 + 0.1/3) / (0.1/3)) = ln 28
        // ε = 0: still climbing in the last quarter, far beyond any smoothed target.
        let hardEnd = try value(hard, "gap_end"), smoothedEnd = try value(smoothed, "gap_end")
        #expect(try value(hard, "gap_growth_last_quarter") > 1)
        #expect(hardEnd > 2 * target)
        // ε = 0.1: flat in the last quarter and no higher than the targets ask for.
        #expect(abs(try value(smoothed, "gap_growth_last_quarter")) < 0.25)
        #expect(smoothedEnd <= target + 0.05)
        // Wrong labels are fitted less confidently with smoothed targets.
        #expect(try value(smoothed, "wrong_label_probability") < value(hard, "wrong_label_probability") - 0.05)
        // ε = 0.3 makes the predictions timid.
        let timid = try finish(experiment, ["epsilon=0.3"])
        #expect(try value(timid, "dev_mean_top_probability") < value(smoothed, "dev_mean_top_probability"))
        #expect(try value(timid, "dev_mean_top_probability") < 0.85)
    }
}
