import Foundation
import Testing

/// Every command's output can fail to be written: a full disk (`> /dev/full`) or a closed standard
/// output (`>&-`). Each must end with a message on standard error and a non-zero status, never a
/// crash (a `try!` trap is status 132 or 133, an abort 134).
@Suite struct OutputFailureEndToEndTests {
    static let commands: [[String]] = [
        ["list", "--lang", "en"],
        ["list", "--json"],
        ["run", "gradcheck.epsilon"],
        ["run", "gradcheck.epsilon", "--json"],
        ["lint"],
        ["presentations"],
        ["--help"],
        ["run", "--help"],
        ["--version"],
        ["--generate-completion-script", "bash"],
    ]

    @Test(arguments: commands)
    func aFullDiskIsReported(arguments: [String]) throws {
        let errors = try OutputFile()
        let status = try Subprocess.run([TmuxSession.binary] + arguments, environment: ProcessInfo.processInfo.environment,
                                        stdout: "/dev/full", stderr: errors.url.path, timeout: 60)
        #expect(status == 1, "\(arguments): status \(status), \(errors.contents())")
        #expect(errors.contents() == "dltutor: cannot write to standard output: No space left on device\n")
    }

    @Test(arguments: commands)
    func aClosedStandardOutputIsReported(arguments: [String]) throws {
        let output = try OutputFile()
        let errors = try OutputFile()
        // The shell closes descriptor 1 and then runs dltutor in its place.
        let status = try Subprocess.run(["/bin/sh", "-c", "exec \"$0\" \"$@\" >&-", TmuxSession.binary] + arguments,
                                        environment: ProcessInfo.processInfo.environment,
                                        stdout: output.url.path, stderr: errors.url.path, timeout: 60)
        #expect(status == 1, "\(arguments): status \(status), \(errors.contents())")
        #expect(errors.contents() == "dltutor: cannot write to standard output: Bad file descriptor\n")
        #expect(output.contents().isEmpty)
    }
}
