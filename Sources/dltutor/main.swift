import Foundation

// The entry point only dispatches: each command lives in its own file under Commands/.

let environment = ProcessInfo.processInfo.environment
let arguments: Arguments
do {
    arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("dltutor: \(error.description)\n".utf8))
    exit(2)
}

func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("dltutor: \(message)\n".utf8))
    exit(status)
}

switch arguments.command {
case .help:
    printOut(Arguments.helpText)
case .version:
    printOut("dltutor 0.1.0")
case .list:
    do {
        printOut(ListCommand.run(course: try CourseSelection.load(arguments, environment: environment)))
    } catch {
        fail(error.description, status: 2)
    }
case .run(let experimentID):
    do {
        printOut(try RunCommand.run(arguments, experimentID: experimentID, environment: environment))
    } catch {
        fail(error.description, status: 2)
    }
case .lint(let directory):
    let result = LintCommand.run(directory: directory, environment: environment)
    if result.status == 0 { printOut(result.output) } else {
        printOut(result.output)
        exit(result.status)
    }
case .bench:
    printOut(BenchCommand.run(environment: environment))
case .check(let program):
    let result = CheckCommand.run(arguments, program: program, environment: environment)
    if result.status == 2 { fail(result.output, status: 2) }
    printOut(result.output)
    exit(result.status)
case .exercises:
    do {
        printOut(try ExercisesCommand.list(environment: environment))
    } catch {
        fail(error.description, status: 2)
    }
case .exercisesInit(let directory):
    do {
        printOut(try ExercisesCommand.initialize(directory: directory, environment: environment))
    } catch {
        fail(error.description, status: 2)
    }
case .presentations:
    printOut(PresentationsCommand.run(environment: environment))
case .tutor:
    exit(TutorCommand.run(arguments, environment: environment))
}
