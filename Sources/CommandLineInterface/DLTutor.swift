import ArgumentParser

/// The whole command line: `dltutor [COMMAND] [OPTIONS]`, the tutor when no command is named.
///
/// Each subcommand is one type in `Commands/` that declares its own options and runs itself;
/// adding a command is a new file there plus its name in `subcommands` below. Options live only
/// on the commands they mean something to, so `dltutor --set theta=2` or `dltutor list --seed 3`
/// is a usage error rather than silently ignored.
public struct DLTutor: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dltutor",
        abstract: "Learn the practical side of deep learning in a terminal.",
        discussion: """
        Without a command, dltutor opens the interactive tutor (see 'dltutor tutor --help'). \
        Shell completion: 'dltutor --generate-completion-script bash|zsh|fish'.
        """,
        version: "dltutor 0.1.0",
        subcommands: [
            TutorCommand.self, ListCommand.self, RunCommand.self, LintCommand.self,
            BenchCommand.self, PresentationsCommand.self, CheckCommand.self, ExercisesCommand.self, GlossaryCommand.self,
        ],
        defaultSubcommand: TutorCommand.self
    )

    public init() {}
}

extension DLTutor {
    /// The subcommands' names, for messages.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }
}
