import CommandLineInterface
import FoundationEssentials
import Glibc

// The command line lives in CommandLineInterface, where unit tests reach it; this only runs it.
// (Foundation's networking is not linked here: `--follow URL` starts the helper dltutor-fetch.)
exit(DLTutor.execute(Array(CommandLine.arguments.dropFirst())))
