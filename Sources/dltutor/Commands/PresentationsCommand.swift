import Classroom

/// `dltutor presentations`: the live presentations on this host, to pass to `--follow`.
enum PresentationsCommand {
    static func run(environment: [String: String]) -> String {
        let directory = PresentationDirectory.standard(environment: environment)
        let lines = ClassroomHost.listing(directory.livePresentations(), numbered: false)
        guard !lines.isEmpty else { return "No live presentations in \(directory.path)." }
        return "Live presentations (follow one with 'dltutor --follow NAME@USER'):\n" + lines.joined(separator: "\n")
    }
}
