import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file atomically: readers see the old content or the new, never half of it, and a
/// crash or power cut leaves one of the two.
///
/// The bytes go to a new temporary file in the same directory (so the rename stays on one file
/// system), written in full (a short write or an interrupted one is continued), flushed to disk,
/// given its mode and then renamed over the target. On any failure the temporary file is removed
/// and the error names the path and the system's reason.
public struct AtomicFileWriter: Sendable {
    /// The system call that writes; tests replace it to produce short and interrupted writes.
    public typealias WriteCall = @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int

    /// The permissions the file gets (not subject to the umask).
    public var mode: mode_t
    /// Also flush the directory after the rename, so the rename itself survives a power cut.
    public var syncsDirectory: Bool
    let writeCall: WriteCall

    public init(mode: mode_t, syncsDirectory: Bool = false, writeCall: @escaping WriteCall = { Self.systemWrite($0, $1, $2) }) {
        self.mode = mode
        self.syncsDirectory = syncsDirectory
        self.writeCall = writeCall
    }

    /// Writes `data` to `path`, replacing whatever regular file was there.
    public func write(_ data: Data, to path: String) throws(FileWriteError) {
        let directory = Self.directory(of: path)
        let base = path.pathFileName
        var template = Array((directory + "/." + base + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw FileWriteError(path: directory, action: "cannot create a temporary file in", errorNumber: errno)
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)  // not inherited by a child started meanwhile
        func fail(_ action: String, _ errorNumber: Int32, path shown: String) -> FileWriteError {
            close(descriptor)
            unlink(temporary)
            return FileWriteError(path: shown, action: action, errorNumber: errorNumber)
        }
        if let errorNumber = writeAll(data, to: descriptor) { throw fail("cannot write", errorNumber, path: temporary) }
        guard fchmod(descriptor, mode) == 0 else { throw fail("cannot set the permissions of", errno, path: temporary) }
        guard fsync(descriptor) == 0 else { throw fail("cannot flush", errno, path: temporary) }
        guard close(descriptor) == 0 else {
            let errorNumber = errno
            unlink(temporary)
            throw FileWriteError(path: temporary, action: "cannot write", errorNumber: errorNumber)
        }
        guard rename(temporary, path) == 0 else {
            let errorNumber = errno
            unlink(temporary)
            throw FileWriteError(path: path, action: "cannot replace", errorNumber: errorNumber)
        }
        if syncsDirectory {
            let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if directoryDescriptor >= 0 {
                fsync(directoryDescriptor)
                close(directoryDescriptor)
            }
        }
    }

    /// Writes every byte, continuing after short writes and EINTR; the errno of a failure, or nil.
    func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = writeCall(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                // A write that makes no progress would loop forever: report it as the disk being full.
                if written == 0 { return ENOSPC }
                offset += written
            }
            return nil
        }
    }

    static func directory(of path: String) -> String {
        let directory = path.pathDirectory
        return directory.isEmpty ? "." : directory
    }

    public static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }
}
