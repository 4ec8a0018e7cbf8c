import ArgumentParser
import Classroom
import FoundationEssentials

/// `dltutor presentations`: the live presentations on this host, to pass to `--follow`.
struct PresentationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presentations",
        abstract: "List the live presentations on this host."
    )

    init() {}

    func run() throws {
        try StandardOutput.write(Self.listing(environment: ProcessInfo.processInfo.environment))
    }

    static func listing(environment: [String: String]) -> String {
        let directory = PresentationDirectory.standard(environment: environment)
        let lines = ClassroomHost.listing(directory.livePresentations(), numbered: false)
        guard !lines.isEmpty else { return "No live presentations in \(directory.path)." }
        return "Live presentations (follow one with 'dltutor --follow NAME@USER'):\n" + lines.joined(separator: "\n")
    }
}
