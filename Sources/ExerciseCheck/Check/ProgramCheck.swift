import FoundationEssentials
import Glibc

/// `dltutor check`: starts the student's program, asks for its parameters, its backprop and its cost
/// at ±ε around every component, and compares (Exercises/PROTOCOL.md).
///
///     let outcome = try ProgramCheck(epsilon: 1e-7).run(["python3", "exercise.py"])
public struct ProgramCheck: Sendable {
    public var epsilon: Double
    /// Seconds the program gets for each answer.
    public var timeout: Double
    /// Changes per batched `costs` request.
    public var batchSize: Int
    /// The program's environment (dltutor's own by default).
    public var environment: [String: String]
    /// Called with the program's process id (also its process group's) once it has started, so that a
    /// host quitting mid-check can end it (`kill(-pid, SIGKILL)`) rather than leave it behind.
    public var started: (@Sendable (pid_t) -> Void)?

    public static let defaultTimeout: Double = 30
    public static let defaultEpsilon = 1e-7

    public init(epsilon: Double = ProgramCheck.defaultEpsilon, timeout: Double = ProgramCheck.defaultTimeout, batchSize: Int = 2000,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.epsilon = epsilon
        self.timeout = timeout
        self.batchSize = batchSize
        self.environment = environment
    }

    /// What was checked: a network's backprop, or (for a program that says it is a checker) the student's
    /// own numerical gradient check.
    public enum Outcome: Sendable {
        case network(ProgramCheckReport)
        case checker(CheckerCheckReport)

        public var passed: Bool {
            switch self {
            case .network(let report): report.passed
            case .checker(let report): report.passed
            }
        }
    }

    /// Runs the whole check; the program has ended (its whole process group) when this returns or throws.
    public func run(_ command: [String]) throws(ProgramCheckError) -> Outcome {
        let client: ProtocolClient
        do {
            client = try ProtocolClient(command: command, environment: environment, timeout: timeout)
        } catch {
            throw ProgramCheckError(failure: error, stderrTail: [])
        }
        started?(client.process.pid)
        do {
            let outcome: Outcome
            switch try client.role() {
            case .network(let parameters):
                outcome = .network(try checkNetwork(client, command: command, parameters: parameters))
            case .checker:
                outcome = .checker(try CheckerCheck(client: client, epsilon: epsilon).run())
            }
            client.process.finish()
            return outcome
        } catch {
            // Ended at once (not asked to exit): it may be hung, or flooding its output.
            client.process.terminate()
            throw ProgramCheckError(failure: error, stderrTail: client.process.stderrLines())
        }
    }

    private func checkNetwork(_ client: ProtocolClient, command: [String], parameters: [NamedArray]) throws(ProgramFailure) -> ProgramCheckReport {
        let layout = ArrayLayout(parameters)
        let (gradientCost, analytic) = try client.gradient(parameters, layout: layout)
        let cost = try client.cost(parameters)
        var warnings: [String] = []
        if abs(cost - gradientCost) > 1e-9 * max(abs(cost), 1) {
            warnings.append("The cost is \(cost) from \"cost\" but \(gradientCost) from \"gradient\" at the same parameters: "
                + "the cost must be the same function every time (a new random dropout mask at every call? a different λ?).")
        }
        var differences = FiniteDifferences(client: client, epsilon: epsilon, batchSize: batchSize)
        let result = try differences.gradient(at: parameters, baseCost: cost, analytic: analytic.flatMap(\.values))
        var numeric: [NamedArray] = []
        var offset = 0
        for array in parameters {
            numeric.append(NamedArray(name: array.name, shape: array.shape, values: Array(result.numeric[offset..<(offset + array.count)])))
            offset += array.count
        }
        return ProgramCheckReport(command: command, epsilon: epsilon, parameters: parameters, analytic: analytic, numeric: numeric,
                                  cost: cost, doubts: result.doubts, bending: result.bending, warnings: warnings,
                                  costEvaluations: differences.evaluations + 2, batched: differences.batched)
    }
}
