import Experiments
import FoundationEssentials

/// Protocol version 1 (Exercises/PROTOCOL.md) spoken to a running program: one request line, one
/// response line, every response checked before it is used.
final class ProtocolClient {
    /// What the program said it is in answer to `parameters`.
    enum Role {
        /// A network: its parameter arrays, in the order it wants them reported.
        case network([NamedArray])
        /// A numerical gradient checker (`{"role": "checker"}`), asked `numerical_gradient`.
        case checker
    }

    let process: ProgramProcess
    let timeout: Double

    init(command: [String], environment: [String: String], timeout: Double) throws(ProgramFailure) {
        process = try ProgramProcess(command: command, environment: environment)
        self.timeout = timeout
    }

    /// Sends one request and returns the response's members, after the checks every response gets.
    private func request(_ op: String, _ members: [(String, JSONValue)]) throws(ProgramFailure) -> [(String, JSONValue)] {
        let line = try process.exchange(JSONValue.object([("op", .string(op))] + members).serialized(), timeout: timeout)
        let what = "\"\(op)\""
        let value: JSONValue
        do {
            value = try JSONLineParser.parse(line)
        } catch {
            throw .notJSON(request: what, line: line, reason: error.reason)
        }
        guard case .object(let response) = value else {
            throw .badResponse(request: what, problem: "should be a JSON object {…}, not \(ProgramFailure.quoted(line))")
        }
        if let error = response.first(where: { $0.0 == "error" })?.1 {
            if case .string(let message) = error { throw .programError(request: what, message: message) }
            throw .programError(request: what, message: error.serialized())
        }
        return response
    }

    private func member(_ name: String, of response: [(String, JSONValue)], op: String) throws(ProgramFailure) -> JSONValue {
        guard let value = response.first(where: { $0.0 == name })?.1 else {
            let names = response.map(\.0)
            throw .badResponse(request: "\"\(op)\"", problem: "has no \"\(name)\""
                + (names.isEmpty ? "" : " (it has \(names.map { "\"\($0)\"" }.joined(separator: ", ")))"))
        }
        return value
    }

    private func number(_ name: String, of response: [(String, JSONValue)], op: String) throws(ProgramFailure) -> Double {
        let value = try member(name, of: response, op: op)
        guard case .number(let number) = value else {
            throw .badResponse(request: "\"\(op)\"", problem: "has \"\(name)\": \(value.serialized().prefix(60)), which should be a number")
        }
        guard number.isFinite else {
            throw .badResponse(request: "\"\(op)\"", problem: "has \"\(name)\": \(number), which should be a finite number")
        }
        return number
    }

    /// `{"op":"parameters"}`.
    func role() throws(ProgramFailure) -> Role {
        let response = try request("parameters", [])
        if let role = response.first(where: { $0.0 == "role" })?.1 {
            guard case .string("checker") = role else {
                throw .badResponse(request: "\"parameters\"", problem: "has \"role\": \(role.serialized()); the only role is \"checker\"")
            }
            return .checker
        }
        guard case .object(let members) = try member("parameters", of: response, op: "parameters") else {
            throw .badResponse(request: "\"parameters\"", problem: "should have \"parameters\": {\"W1\": [[…], …], …}")
        }
        guard !members.isEmpty else { throw .badResponse(request: "\"parameters\"", problem: "has no arrays in \"parameters\"") }
        var arrays: [NamedArray] = []
        for (name, value) in members {
            guard !arrays.contains(where: { $0.name == name }) else {
                throw .badResponse(request: "\"parameters\"", problem: "has \(name) twice")
            }
            do throws(ArrayProblem) {
                let array = try NamedArray(name: name, json: value)
                if let bad = array.values.firstIndex(where: { !$0.isFinite }) {
                    throw ArrayProblem("has \(array.componentName(bad)) = \(array.values[bad]), not a finite number")
                }
                guard array.count > 0 else { throw ArrayProblem("has \(name) with no numbers in it") }
                arrays.append(array)
            } catch {
                throw .badResponse(request: "\"parameters\"", problem: error.text)
            }
        }
        return .network(arrays)
    }

    private static func parametersJSON(_ arrays: [NamedArray]) -> JSONValue {
        .object(arrays.map { ($0.name, $0.json) })
    }

    /// `{"op":"cost","parameters":{…}}`.
    func cost(_ parameters: [NamedArray]) throws(ProgramFailure) -> Double {
        try number("cost", of: try request("cost", [("parameters", ProtocolClient.parametersJSON(parameters))]), op: "cost")
    }

    /// One changed component: the array, the flat (row-major) index into it, the value it takes.
    struct Change {
        var array: String
        var offset: Int
        var value: Double
    }

    /// `{"op":"costs","parameters":{…},"changes":[["W1", 3, 0.52], …]}` → one cost per change, each at
    /// `parameters` with only that component changed.
    func costs(_ parameters: [NamedArray], changes: [Change]) throws(ProgramFailure) -> [Double] {
        let list = JSONValue.array(changes.map { .array([.string($0.array), .number(Double($0.offset)), .number($0.value)]) })
        let response = try request("costs", [("parameters", ProtocolClient.parametersJSON(parameters)), ("changes", list)])
        guard case .array(let items) = try member("costs", of: response, op: "costs") else {
            throw .badResponse(request: "\"costs\"", problem: "should have \"costs\": [number, …], one per change")
        }
        guard items.count == changes.count else {
            throw .badResponse(request: "\"costs\"", problem: "has \(items.count) costs for \(changes.count) changes")
        }
        var costs: [Double] = []
        costs.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard case .number(let value) = item, value.isFinite else {
                throw .badResponse(request: "\"costs\"", problem: "has costs[\(i)] = \(item.serialized().prefix(40)) (with \(changes[i].array) "
                    + "component \(changes[i].offset) set to \(changes[i].value)), which should be a finite number")
            }
            costs.append(value)
        }
        return costs
    }

    /// `{"op":"gradient","parameters":{…}}` → the cost and the program's backprop, checked against `layout`.
    func gradient(_ parameters: [NamedArray], layout: ArrayLayout) throws(ProgramFailure) -> (cost: Double, gradients: [NamedArray]) {
        let response = try request("gradient", [("parameters", ProtocolClient.parametersJSON(parameters))])
        let cost = try number("cost", of: response, op: "gradient")
        return (cost, try gradients(of: response, op: "gradient", layout: layout))
    }

    /// The `gradients` member, read against `layout`.
    private func gradients(of response: [(String, JSONValue)], op: String, layout: ArrayLayout) throws(ProgramFailure) -> [NamedArray] {
        let value = try member("gradients", of: response, op: op)
        do {
            return try layout.read(value, what: "gradients", gradientNames: true)
        } catch {
            throw .badResponse(request: "\"\(op)\"", problem: "is not right: " + error.text)
        }
    }

    /// `{"op":"numerical_gradient", "network": {…}, "parameters": {…}, "epsilon": ε, "backprop": {…}}` →
    /// the checker's numerical gradient and its relative difference from `backprop`.
    func numericalGradient(network: JSONValue, parameters: [NamedArray], epsilon: Double, backprop: [NamedArray],
                           layout: ArrayLayout) throws(ProgramFailure) -> (gradients: [NamedArray], difference: Double) {
        let response = try request("numerical_gradient", [
            ("network", network), ("parameters", ProtocolClient.parametersJSON(parameters)), ("epsilon", .number(epsilon)),
            ("backprop", ProtocolClient.parametersJSON(backprop)),
        ])
        let difference = try number("relative_difference", of: response, op: "numerical_gradient")
        return (try gradients(of: response, op: "numerical_gradient", layout: layout), difference)
    }
}
