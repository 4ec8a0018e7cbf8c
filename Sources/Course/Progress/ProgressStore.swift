import FileSupport
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves one student's progress in `progress.json` under their state directory.
///
/// Every change is a read–modify–write under an exclusive `flock` on `progress.lock`: the change
/// is applied to what is on disk right now, so two tutor processes (two terminals) merge their
/// updates instead of overwriting each other. The file is replaced atomically (`AtomicFileWriter`: temp file in
/// the same directory, fsync, rename), so a crash or power cut leaves the old or the new file, never
/// half of one. The directory is 0700 and the file 0600: progress is nobody else's business.
/// A file that cannot be read or decoded is moved aside (never deleted, never a crash) and the
/// caller gets a message to show.
public struct ProgressStore: Sendable {
    public let directory: URL

    public static let fileName = "progress.json"
    static let lockName = "progress.lock"

    /// A store in `directory` (created on first write). Tests pass a temporary directory.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The store in the user's state directory: `$XDG_STATE_HOME/dltutor`, else
    /// `~/.local/state/dltutor` (a relative `XDG_STATE_HOME` is ignored, as the spec requires).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
        ProgressStore(directory: defaultDirectory(environment: environment))
    }

    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true).appendingPathComponent("dltutor", isDirectory: true)
        }
        var home = environment["HOME"] ?? ""
        if home.isEmpty, let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
            home = String(cString: dir)
        }
        if home.isEmpty { home = NSTemporaryDirectory() }
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/state/dltutor", isDirectory: true)
    }

    public var fileURL: URL { directory.appendingPathComponent(Self.fileName) }

    /// The saved progress and, if the file had to be moved aside, a message saying so.
    public struct Loaded: Sendable, Equatable {
        public var progress: StudentProgress
        /// Set when the saved file was unreadable or corrupt: what happened and where it went.
        public var warning: String?
    }

    /// Reads the saved progress; a missing file is empty progress. Never throws: problems become
    /// `warning`, so the tutor always starts.
    public func load() -> Loaded {
        if let lock = try? FileLock(directory: directory, name: Self.lockName) {
            defer { lock.unlock() }
            return read()
        }
        // The directory cannot be created (read-only home?): read without moving anything.
        return read(moveCorruptAside: false)
    }

    /// Applies `change` to the progress on disk and saves the result, under the lock.
    /// Returns what was saved (plus a warning if the old file had to be moved aside).
    @discardableResult
    public func update(_ change: (inout StudentProgress) -> Void) throws(ProgressError) -> Loaded {
        let lock: FileLock
        do {
            lock = try FileLock(directory: directory, name: Self.lockName)
        } catch {
            throw ProgressError("cannot save progress in \(directory.path): \(error.message)")
        }
        defer { lock.unlock() }
        var loaded = read()
        change(&loaded.progress)
        try write(loaded.progress)
        return loaded
    }

    /// Saves `progress` merged with whatever another process saved meanwhile; returns the merge.
    @discardableResult
    public func save(_ progress: StudentProgress) throws(ProgressError) -> Loaded {
        try update { onDisk in onDisk = onDisk.merged(with: progress) }
    }

    // MARK: Reading and writing (callers hold the lock)

    private func read(moveCorruptAside: Bool = true) -> Loaded {
        let url = fileURL
        guard FileManager.default.fileExists(atPath: url.path) else { return Loaded(progress: StudentProgress()) }
        let reason: String
        do {
            let data = try Data(contentsOf: url)
            let progress = try Self.decoder.decode(StudentProgress.self, from: data)
            if progress.version > StudentProgress.currentVersion {
                reason = "it was written by a newer dltutor (format \(progress.version))"
            } else {
                return Loaded(progress: progress)
            }
        } catch let error as DecodingError {
            reason = "it is not valid progress data (\(Self.describe(error)))"
        } catch {
            reason = "it cannot be read (\(error.localizedDescription))"
        }
        guard moveCorruptAside else {
            return Loaded(progress: StudentProgress(),
                          warning: "Saved progress in \(url.path) was ignored: \(reason).")
        }
        let aside = Self.corruptName(for: url)
        if rename(url.path, aside.path) == 0 {
            return Loaded(progress: StudentProgress(),
                          warning: "Saved progress in \(url.path) was moved to \(aside.path) because \(reason); starting with fresh progress.")
        }
        return Loaded(progress: StudentProgress(),
                      warning: "Saved progress in \(url.path) was ignored because \(reason), and could not be moved aside (\(String(cString: strerror(errno)))); it will be replaced on the next save.")
    }

    private func write(_ progress: StudentProgress) throws(ProgressError) {
        let data: Data
        do {
            data = try Self.encoder.encode(progress)
        } catch {
            throw ProgressError("cannot encode progress: \(error)")
        }
        do {
            try AtomicFileWriter(mode: 0o600, syncsDirectory: true).write(data, to: fileURL.path)
        } catch {
            throw ProgressError(error.description)
        }
    }

    static func corruptName(for url: URL, now: Date = Date()) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = url.path + ".corrupt-" + formatter.string(from: now)
        var candidate = base
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = base + "-\(n)"
            n += 1
        }
        return URL(fileURLWithPath: candidate)
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Seconds as a number round-trip exactly, which the merge's "most recent wins" relies on.
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
