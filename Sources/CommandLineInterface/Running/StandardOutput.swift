#if canImport(Glibc)
import Glibc
#endif

/// Checked writes to standard output and standard error.
///
/// `print` and `FileHandle.write` either ignore a failed write or trap on it (`dltutor list >
/// /dev/full`, `dltutor list >&-`); these loop over partial writes, retry on EINTR and turn any
/// other failure into a `CommandFailure` that names the cause.
enum StandardOutput {
    /// The exit status of a command whose output could not be written.
    static let failureStatus: Int32 = 1

    /// Writes `text` and a newline to standard output.
    static func write(_ text: String) throws(CommandFailure) {
        if let problem = writeAll(text + "\n", to: STDOUT_FILENO) {
            throw CommandFailure("cannot write to standard output: \(problem)", status: failureStatus)
        }
    }

    /// Writes `text` and a newline to standard error; there is nowhere left to report a failure.
    static func writeError(_ text: String) {
        _ = writeAll(text + "\n", to: STDERR_FILENO)
    }

    /// Writes `text` without a newline to standard output (a question the user answers on the same
    /// line), after whatever `print` has buffered (`fflush(nil)` flushes every C stream); a failure
    /// shows when the answer is read.
    static func writePrompt(_ text: String) {
        fflush(nil)
        _ = writeAll(text, to: STDOUT_FILENO)
    }

    /// Keeps a closed standard output or error closed for good: a file opened later would
    /// otherwise be given descriptor 1 or 2 and receive the command's output. /dev/null opened
    /// read-only takes the place, so writes still fail (EBADF) and are reported.
    static func reserveClosedDescriptors() {
        for descriptor in [STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes every byte of `text`; returns the reason when that failed.
    private static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
