/// A command that could not do its job: the message for standard error and the exit status.
///
/// Commands throw it from `run()`; `DLTutor.execute` prints it after "dltutor: ".
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var status: Int32

    init(_ message: String, status: Int32) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}
