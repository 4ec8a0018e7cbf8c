import ArgumentParser

/// `--seed N`, for the commands that start experiment runs.
struct SeedOption: ParsableArguments {
    @Option(help: "The random seed of every run: the same seed gives the same numbers.")
    var seed: UInt64 = 1
}
