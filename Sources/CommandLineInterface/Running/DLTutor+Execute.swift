import ArgumentParser

extension DLTutor {
    /// The exit status of every usage error, as dltutor has always used (argument-parser's own is 64,
    /// `EX_USAGE`): scripts and the classroom's `ForceCommand` check for 2.
    public static let usageErrorStatus: Int32 = 2

    /// Parses `arguments` (without the program name), runs the command and returns the exit status.
    ///
    /// Everything the command line prints goes through here or `StandardOutput`, so a full disk or a
    /// closed standard output becomes a message and a non-zero status, never a crash.
    public static func execute(_ arguments: [String]) -> Int32 {
        StandardOutput.reserveClosedDescriptors()
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            return report(error)
        }
        do {
            try command.run()
            return 0
        } catch let failure as CommandFailure {
            StandardOutput.writeError("dltutor: \(failure.message)")
            return failure.status
        } catch {
            return report(error)
        }
    }

    /// What argument-parser says about `error`: help, a version, a completion script (to standard
    /// output, status 0) or a usage error (to standard error, status 2).
    static func report(_ error: any Error) -> Int32 {
        let status = exitStatus(for: error)
        let text = fullMessage(for: error)
        if status == 0 {
            do {
                try StandardOutput.write(text)
            } catch {
                StandardOutput.writeError("dltutor: \(error.message)")
                return error.status
            }
            return 0
        }
        if !text.isEmpty { StandardOutput.writeError(usageMessage(text)) }
        return status
    }

    /// The status `execute` returns for an error argument-parser raised.
    public static func exitStatus(for error: any Error) -> Int32 {
        let code = exitCode(for: error)
        return code == .validationFailure ? usageErrorStatus : code.rawValue
    }

    /// argument-parser's message with dltutor's prefix, the one every other dltutor error has.
    static func usageMessage(_ text: String) -> String {
        let prefix = "Error: "
        return text.hasPrefix(prefix) ? "dltutor: " + text.dropFirst(prefix.count) : text
    }
}
