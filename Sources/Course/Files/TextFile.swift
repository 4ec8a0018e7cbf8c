import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a course or progress file whole, refusing what is too large or not a regular file, and
/// decodes it as UTF-8; every failure says what is wrong in the system's own words (never
/// "NSCocoaErrorDomain error 256") and, for bad text, at which line.
enum TextFile {
    struct Failure: Error, Equatable {
        /// What is wrong, without the path (callers name the file their own way).
        var message: String
        /// The 1-based line of invalid UTF-8, when that is the problem.
        var line: Int?
    }

    /// What `stat` says is at `url`: nothing, something, or a path that cannot be looked into.
    enum Presence: Equatable {
        case missing
        case present
        case unreachable(String)
    }

    static func presence(of url: URL) -> Presence {
        var info = stat()
        if stat(url.path, &info) == 0 { return .present }
        let code = errno
        if code == ENOENT {
            var link = stat()
            if lstat(url.path, &link) == 0 { return .unreachable("it is a symbolic link to a missing file") }
            return .missing
        }
        return .unreachable(String(cString: strerror(code)).lowercased())
    }

    /// The bytes of `url`, at most `limit` of them.
    static func read(_ url: URL, limit: Int) throws(Failure) -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(message: systemReason(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(message: systemReason(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(message: "it is a directory, not a file")
        default: throw Failure(message: "it is not a regular file (a FIFO, socket or device)")
        }
        guard Int(info.st_size) <= limit else { throw tooLarge(Int(info.st_size), limit: limit) }
        // A buffer of the file's size and a byte more (to notice a file that grows while it is read),
        // grown only if it does: one of `limit` bytes for every file read at start made the heap of
        // every session megabytes larger.
        var data = Data(count: min(Int(info.st_size), limit) + 1)
        var total = 0
        var atEnd = false
        while true {
            let outcome: Int32 = data.withUnsafeMutableBytes { buffer in
                while total < buffer.count {
                    let count = Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
                    if count == 0 {
                        atEnd = true
                        return 0
                    }
                    if count < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    total += count
                }
                return 0
            }
            guard outcome == 0 else { throw Failure(message: systemReason(outcome)) }
            if atEnd || total > limit { break }
            data.count = min(limit + 1, data.count * 2)
        }
        guard total <= limit else { throw tooLarge(total, limit: limit) }
        data.count = total
        return data
    }

    /// The text of `data`; invalid UTF-8 is reported at the line it is on.
    static func decode(_ data: Data) throws(Failure) -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        throw Failure(message: "the file is not valid UTF-8 text: save it as UTF-8", line: firstInvalidLine(data))
    }

    /// Reads and decodes `url`.
    static func readText(_ url: URL, limit: Int) throws(Failure) -> String {
        try decode(try read(url, limit: limit))
    }

    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1 }
            case .error:
                return line
            case .emptyInput:
                return line
            }
        }
    }

    private static func tooLarge(_ size: Int, limit: Int) -> Failure {
        Failure(message: "it is \(FileSizeLimit.describe(size)), over the limit of \(FileSizeLimit.describe(limit)) for this kind of file (see Lessons/FORMAT.md)")
    }

    private static func systemReason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied: check that it is readable"
        case ENOENT: "it does not exist"
        case ELOOP: "it is a symbolic link loop"
        case EISDIR: "it is a directory, not a file"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
