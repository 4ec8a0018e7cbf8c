import Foundation
import Classroom

/// The command line, parsed into what to do.
///
/// Written by hand rather than with a parsing package: there are five commands and a dozen options,
/// and every mistake must get dltutor's own message naming what is valid.
struct Arguments {
    enum Command: Equatable {
        case tutor
        case list
        case run(experimentID: String)
        case lint(directory: String?)
        case bench
        case presentations
        /// `check … -- COMMAND…`: the student's program to gradient-check.
        case check(program: [String])
        case exercises
        case exercisesInit(directory: String?)
        case help
        case version
    }

    var command: Command = .tutor
    var settings: [String] = []
    var seed: UInt64 = 1
    var width: Int?
    var height: Int?
    var ascii = false
    var noColor = false
    var json = false
    var language: String?
    var lessonsDirectory: String?
    /// `check --epsilon E` and `--timeout SECONDS`.
    var epsilon: Double?
    var timeout: Double?
    /// `--present [NAME]` or `--follow [NAME[@USER]]` (see Classroom/).
    var classroom: ClassroomOption?

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(_ allWords: [String]) throws(UsageError) {
        // Everything after `--` is the student's program and its arguments (for `check`).
        let dashes = allWords.firstIndex(of: "--")
        let program = dashes.map { Array(allWords[($0 + 1)...]) }
        let words = dashes.map { Array(allWords[..<$0]) } ?? allWords
        var positional: [String] = []
        var index = 0
        func value(for option: String) throws(UsageError) -> String {
            index += 1
            guard index < words.count else { throw UsageError(description: "\(option) needs a value") }
            return words[index]
        }
        func number(for option: String, _ text: String, minimum: Int) throws(UsageError) -> Int {
            guard let number = Int(text), number >= minimum else {
                throw UsageError(description: "\(option) takes a whole number of at least \(minimum), not '\(text)'")
            }
            return number
        }
        func positiveNumber(_ option: String, _ text: String) throws(UsageError) -> Double {
            guard let number = Double(text), number > 0, number.isFinite else {
                throw UsageError(description: "\(option) takes a positive number, not '\(text)'")
            }
            return number
        }
        while index < words.count {
            let word = words[index]
            var option = word
            var inlineValue: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                option = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            func take() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                return try value(for: option)
            }
            switch option {
            case "--set", "-s": settings.append(try take())
            case "--seed":
                let text = try take()
                guard let parsed = UInt64(text) else {
                    throw UsageError(description: "--seed takes a whole number from 0 to \(UInt64.max), not '\(text)'")
                }
                seed = parsed
            case "--width": width = try number(for: option, try take(), minimum: 20)
            case "--height": height = try number(for: option, try take(), minimum: 8)
            case "--ascii": ascii = true
            case "--no-color", "--no-colour": noColor = true
            case "--json": json = true
            case "--lang":
                let text = try take()
                guard ["en", "zh"].contains(text) else {
                    throw UsageError(description: "--lang takes en or zh, not '\(text)'")
                }
                language = text
            case "--lessons": lessonsDirectory = try take()
            case "--epsilon": epsilon = try positiveNumber(option, try take())
            case "--timeout": timeout = try positiveNumber(option, try take())
            case "--present", "--follow":
                // The name is optional: take the next word unless it is an option or a command.
                var name = inlineValue
                if name == nil, index + 1 < words.count, !words[index + 1].hasPrefix("-"),
                   !Self.commandNames.contains(words[index + 1]) {
                    index += 1
                    name = words[index]
                }
                classroom = try Self.classroomOption(option, name: name, previous: classroom)
            case "--help", "-h": command = .help
            case "--version": command = .version
            default:
                if word.hasPrefix("-") && word.count > 1 {
                    throw UsageError(description: "unknown option '\(word)'; see 'dltutor --help'")
                }
                positional.append(word)
            }
            index += 1
        }
        if command == .help || command == .version { return }
        guard let name = positional.first else { return }
        if classroom != nil {
            throw UsageError(description: "--present and --follow open the tutor; they do not go with '\(name)'")
        }
        let rest = Array(positional.dropFirst())
        switch name {
        case "list": command = .list
        case "run":
            guard let id = rest.first else {
                throw UsageError(description: "run needs an experiment id, e.g. 'dltutor run gradcheck.epsilon'; 'dltutor list' shows them all")
            }
            command = .run(experimentID: id)
            if rest.count > 1 { throw UsageError(description: "run takes one experiment id; unexpected '\(rest[1])'") }
            return
        case "lint": command = .lint(directory: rest.first)
        case "bench": command = .bench
        case "presentations": command = .presentations
        case "check":
            guard let program, !program.isEmpty else {
                throw UsageError(description: "check needs the program to run after --, e.g. 'dltutor check -- python3 ex1_activation_backward.py'")
            }
            if let extra = rest.first { throw UsageError(description: "unexpected '\(extra)' before --; the program comes after --") }
            command = .check(program: program)
            return
        case "exercises":
            if rest.first == "init" {
                if rest.count > 2 { throw UsageError(description: "exercises init takes one folder; unexpected '\(rest[2])'") }
                command = .exercisesInit(directory: rest.count > 1 ? rest[1] : nil)
                return
            }
            command = .exercises
        case "help": command = .help
        default:
            throw UsageError(description: "unknown command '\(name)'; commands are: list, run, check, exercises, lint, bench, presentations, help (or no command for the tutor)")
        }
        if program != nil { throw UsageError(description: "only check takes a program after --") }
        if epsilon != nil || timeout != nil { throw UsageError(description: "--epsilon and --timeout go with check") }
        if classroom != nil, command != .tutor {
            throw UsageError(description: "--present and --follow open the tutor; they do not go with '\(name)'")
        }
        if case .lint = command, rest.count <= 1 { return }
        if !rest.isEmpty { throw UsageError(description: "unexpected '\(rest[0])' after '\(name)'") }
    }

    static let helpText = """
    dltutor — learn the practical side of deep learning in a terminal

    USAGE
      dltutor [--lang en|zh] [--lessons DIR] [--ascii] [--no-color]
          Open the interactive tutor (needs a terminal).
      dltutor list [--lang en|zh] [--lessons DIR]
          List the lessons and the experiments, with their knobs.
      dltutor run EXPERIMENT-ID [--set KNOB=VALUE]... [--seed N] [--width W] [--height H] [--ascii] [--json]
          Run one experiment to the end and print its charts and findings (or, with --json, the numbers).
      dltutor --present [NAME] [--seed N]
          Open the tutor and present it: followers see your lesson, page, knobs and runs (NAME
          defaults to your login name).
      dltutor --follow [NAME[@USER]]
          Open the tutor following the presentation NAME, as presented by USER (without @USER: by the
          host's instructors group, else by yourself); without NAME, list the live ones and pick.
          Press f to explore on your own and f again to rejoin.
      dltutor presentations
          List the live presentations on this host.
      dltutor check [--epsilon E] [--timeout SECONDS] [--json] -- COMMAND [ARGS]...
          Gradient-check your own program's backprop against its own cost (see Exercises/PROTOCOL.md);
          exit 0 when it passes, 1 when it does not, 2 when the check cannot run.
      dltutor exercises
          List the exercises where you write the backprop and dltutor checks it.
      dltutor exercises init [DIR]
          Copy the exercises to DIR (default ~/dltutor-exercises); files you changed are kept.
      dltutor lint [DIR]
          Check a course directory (default: the shipped course); exit 1 when anything is wrong.
      dltutor bench
          Measure the speed of training, gradient checking and drawing (use a release build).

    KEYS IN THE TUTOR
      ↑↓ or j k  move     Enter  open / run / answer     n p  next / previous page
      Tab  focus knobs    ← → or - +  change a knob       r  re-run     Esc  cancel / close
      ?  help             q  back / quit          f  step out of / rejoin a presentation
    """
}

/// Presenting to or following a class.
enum ClassroomOption: Equatable {
    case present(name: String)
    /// nil: list the live presentations and ask. `presenter`: `--follow NAME@USER`, follow only USER's.
    case follow(name: String?, presenter: String? = nil)
}

extension Arguments {
    static let commandNames: Set<String> = ["list", "run", "check", "exercises", "lint", "bench", "presentations", "help"]

    static func classroomOption(_ option: String, name: String?, previous: ClassroomOption?) throws(UsageError) -> ClassroomOption {
        guard previous == nil else { throw UsageError(description: "use either --present or --follow, once") }
        var name = name
        var presenter: String?
        if option == "--follow", let text = name, let at = text.firstIndex(of: "@") {
            name = String(text[..<at])
            presenter = String(text[text.index(after: at)...])
            guard presenter?.isEmpty == false else {
                throw UsageError(description: "--follow NAME@USER needs the presenter's login name after '@', e.g. --follow class@alice")
            }
        }
        if let name, let problem = PresentationName.problem(with: name) {
            throw UsageError(description: "\(option): \(problem)")
        }
        if option == "--follow" { return .follow(name: name, presenter: presenter) }
        return .present(name: name ?? defaultPresentationName())
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
