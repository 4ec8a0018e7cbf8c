import CommandLineInterface
import Foundation

// The command line lives in CommandLineInterface, where unit tests reach it; this only runs it.
exit(DLTutor.execute(Array(CommandLine.arguments.dropFirst())))
