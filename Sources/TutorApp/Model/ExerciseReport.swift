import ExerciseCheck

/// The last check of a student's exercise file, as the model keeps and the panel shows it: a value
/// the host makes from `ProgramCheck`'s outcome (or the reason it could not run).
public struct ExerciseReport: Equatable, Sendable {
    /// One parameter array's relative difference between backprop and the two-sided differences.
    public struct ArrayDifference: Equatable, Sendable {
        public var name: String
        public var difference: Double
        /// In the bug band (the check names it).
        public var failing: Bool

        public init(name: String, difference: Double, failing: Bool) {
            self.name = name
            self.difference = difference
            self.failing = failing
        }
    }

    public enum Outcome: Equatable, Sendable {
        /// The student's file is not there (the folder was never initialized, or the file was removed).
        case missingFile
        /// The program could not be checked: it did not start, crashed, answered wrongly… (the check's own words).
        case couldNotRun(String)
        /// The program's backprop against its own cost.
        case network(overall: Double, arrays: [ArrayDifference], hint: MistakeHint?, warnings: [String])
        /// The student's gradient checker against dltutor's: the arrays where its numerical gradient is off.
        case checker(failingArrays: [String])
    }

    public var request: ExerciseRequest
    public var outcome: Outcome
    public var passed: Bool

    public init(request: ExerciseRequest, outcome: Outcome, passed: Bool) {
        self.request = request
        self.outcome = outcome
        self.passed = passed
    }
}
