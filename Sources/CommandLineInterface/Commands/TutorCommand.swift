import ArgumentParser
import Classroom
import Course
import FoundationEssentials
import Glibc
import TutorApp

/// `dltutor` or `dltutor tutor`: the interactive tutor's options. The session itself, the loop on
/// the real terminal, is in TutorCommand+Session.swift.
struct TutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Open the interactive tutor (the default command; needs a terminal).",
        discussion: """
        --present and --follow take the next word as NAME unless it starts with '-' \
        ('dltutor --present class --seed 5', 'dltutor --follow'); write a NAME that \
        starts with '-' as --follow=-name.

        KEYS (press ? in the tutor for this list)

        """ + Keymap.plainText(language: .en)
    )

    @OptionGroup var course: CourseOptions
    @OptionGroup var seed: SeedOption

    @Flag(help: "Draw with ASCII only (automatic in a non-UTF-8 locale).")
    var ascii = false

    @Flag(name: [.customLong("no-color"), .customLong("no-colour")], help: "No colours (NO_COLOR is honoured too).")
    var noColor = false

    @OptionGroup var ambiguous: AmbiguousWidthOption

    @Option(name: .customLong("present"), defaultAsFlag: OptionalName.omitted, parsing: .next,
            help: ArgumentHelp("Present the tutor: followers see your lesson, page, knobs and runs (NAME defaults to your login name).",
                               valueName: "name"))
    var present: OptionalName?

    @Option(name: .customLong("follow"), defaultAsFlag: OptionalName.omitted, parsing: .next,
            help: ArgumentHelp("Follow the presentation NAME (NAME@USER: only USER's; a URL such as https://host/NAME.json: "
                               + "the one a web server serves); without NAME, list the live ones and pick. "
                               + "In the tutor, f steps out and back in.",
                               valueName: "name[@user]|url"))
    var follow: OptionalName?

    @Option(name: .customLong("publish"),
            help: ArgumentHelp("With --present: also write the presentation to DIR/NAME.json, for a web server to serve "
                               + "(followers use --follow URL).", valueName: "dir"))
    var publish: String?

    /// Words after the options, or after `--`: the tutor takes none, but a mistyped command lands
    /// here and deserves a message naming the commands.
    @Argument(help: .hidden)
    var unexpected: [String] = []

    init() {}

    func validate() throws {
        _ = try options()
    }

    func run() throws {
        try checkNoStrayWords()
        let status = Self.run(try options(), environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }

    /// Refuses words the tutor does not take. Checked when the tutor runs rather than in `validate`,
    /// which argument-parser calls before it looks for unknown options: `dltutor --set theta=2`
    /// must say that `--set` is unknown, not that `theta=2` is.
    func checkNoStrayWords() throws(ValidationError) {
        if let word = unexpected.first {
            let commands = DLTutor.commandNames.filter { $0 != Self.configuration.commandName }
            if commands.contains(word) {
                throw ValidationError("the command goes first: 'dltutor \(word) …'; options before it belong to the tutor")
            }
            let named = commands.joined(separator: ", ")
            throw ValidationError("unknown command '\(word)'; commands are: \(named) (or none for the tutor)")
        }
    }

    /// The parsed options as the plain value the tutor, the course selection and the classroom take.
    func options() throws(ValidationError) -> TutorOptions {
        TutorOptions(
            language: course.language,
            lessonsDirectory: course.lessonsDirectory,
            ascii: ascii,
            noColor: noColor,
            wideAmbiguous: ambiguous.isOn(environment: ProcessInfo.processInfo.environment),
            seed: seed.seed,
            classroom: try classroom()
        )
    }

    private func classroom() throws(ValidationError) -> ClassroomOption? {
        if publish != nil, present == nil {
            throw ValidationError("--publish DIR goes with --present NAME: it writes the presentation where a web server serves it")
        }
        switch (present, follow) {
        case (nil, nil):
            return nil
        case (.some, .some):
            throw ValidationError("use either --present or --follow, once")
        case (let present?, nil):
            try Self.check(present, option: "--present")
            if let publish, publish.isEmpty { throw ValidationError("--publish needs a directory") }
            return .present(name: present.name ?? Self.defaultPresentationName(), publish: publish)
        case (nil, let follow?) where follow.name.map(HTTPPresentationReader.isURL) == true:
            return .followURL(follow.name ?? "")
        case (nil, let follow?):
            // NAME@USER: follow only USER's presentation NAME (see the README's classroom section).
            var name = follow.name
            var presenter: String?
            if let text = name, let at = text.firstIndex(of: "@") {
                name = String(text[..<at])
                presenter = String(text[text.index(after: at)...])
                guard presenter?.isEmpty == false else {
                    throw ValidationError("--follow NAME@USER needs the presenter's login name after '@', e.g. --follow class@alice")
                }
            }
            try Self.check(name.map(OptionalName.given) ?? .omitted, option: "--follow")
            return .follow(name: name, presenter: presenter)
        }
    }

    private static func check(_ name: OptionalName, option: String) throws(ValidationError) {
        if let name = name.name, let problem = PresentationName.problem(with: name) {
            throw ValidationError("\(option): \(problem)")
        }
    }

    /// The login name, made a valid presentation name.
    static func defaultPresentationName() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty {
            return PresentationName.sanitized(user)
        }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return PresentationName.sanitized(String(cString: name))
        }
        return "class"
    }
}
