import FileSupport
import TextSupport
import FoundationEssentials
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
/// A file that cannot be read or decoded, or is over `FileSizeLimit.progress`, is moved aside
/// (never deleted, never a crash) and the caller gets a message to show; one written by a newer
/// dltutor is left alone and not overwritten.
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
        if home.isEmpty { home = FileManager.default.temporaryDirectory.path }
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

    /// How long the tutor waits at start for another process's lock on progress before starting
    /// without it; and how long a save may wait (it runs on the UI thread).
    public static let loadLockWait = 2.0
    public static let saveLockWait = 0.2

    /// Reads the saved progress; a missing file is empty progress. Never throws: problems become
    /// `warning`, so the tutor always starts.
    ///
    /// Reading needs no lock (the file is only ever replaced whole, by a rename); the lock is
    /// taken only to move a bad file aside. With `lockWait` (the tutor at start) the lock is also
    /// checked: if another process holds it for longer than that, the warning says saving waits
    /// for that process. Without it, a needed lock is waited for as long as it takes.
    public func load(lockWait: Double? = nil) -> Loaded {
        let onDisk = inspect()
        let needsLock: Bool
        switch onDisk {
        case .unusable: needsLock = true
        case .missing, .progress, .newer: needsLock = lockWait != nil
        }
        guard needsLock else { return read(onDisk, moveCorruptAside: false) }
        do {
            let lock = try FileLock(directory: directory, name: Self.lockName, timeout: lockWait)
            defer { lock.unlock() }
            return read()
        } catch {
            // Locked by someone else, or the directory cannot be created (read-only home?): read
            // without moving anything.
            var loaded = read(onDisk, moveCorruptAside: false)
            let why = error.isBusy
                ? "\(error.message): your progress will not be saved until it exits (is another dltutor open?)"
                : "progress will not be saved: \(error.message)"
            loaded.warning = [why.prefix(1).uppercased() + why.dropFirst() + ".", loaded.warning].compactMap { $0 }.joined(separator: " ")
            return loaded
        }
    }

    /// Applies `change` to the progress on disk and saves the result, under the lock (waiting at
    /// most `lockWait` seconds for it, as long as it takes when nil). Returns what was saved (plus
    /// a warning if the old file had to be moved aside). A file written by a newer dltutor is
    /// never overwritten.
    @discardableResult
    public func update(lockWait: Double? = nil,
                       _ change: (inout StudentProgress) -> Void) throws(ProgressError) -> Loaded {
        let lock: FileLock
        do {
            lock = try FileLock(directory: directory, name: Self.lockName, timeout: lockWait)
        } catch {
            throw ProgressError("cannot save progress in \(directory.path): \(error.message)"
                + (error.isBusy ? "; it is saved once that process lets go" : ""))
        }
        defer { lock.unlock() }
        let onDisk = inspect()
        if case .newer(let version) = onDisk {
            throw ProgressError("progress not saved: \(fileURL.path) was written by a newer dltutor (format \(version)) and is left untouched; update dltutor to keep saving")
        }
        var loaded = read(onDisk)
        change(&loaded.progress)
        try write(loaded.progress)
        return loaded
    }

    /// Saves `progress` merged with whatever another process saved meanwhile; returns the merge.
    /// The tutor passes `saveLockWait`: its saves run on the UI thread.
    @discardableResult
    public func save(_ progress: StudentProgress, lockWait: Double? = nil) throws(ProgressError) -> Loaded {
        try update(lockWait: lockWait) { onDisk in onDisk = onDisk.merged(with: progress) }
    }

    // MARK: Reading and writing (callers hold the lock)

    /// What is on disk.
    private enum OnDisk {
        case missing
        case progress(StudentProgress)
        /// Written by a newer dltutor: kept as it is, neither read nor replaced.
        case newer(version: Int)
        /// Unreadable, too large or not progress data: the reason.
        case unusable(String)
    }

    /// Just the format version, read before the rest so that a newer file is recognised even
    /// when its other fields changed shape.
    private struct VersionProbe: Decodable { var version: Int? }

    private func inspect() -> OnDisk {
        let url = fileURL
        switch TextFile.presence(of: url) {
        case .missing: return .missing
        case .unreachable(let reason): return .unusable("it cannot be read (\(reason))")
        case .present: break
        }
        let data: Data
        do {
            data = try TextFile.read(url, limit: FileSizeLimit.progress)
        } catch {
            return .unusable("it cannot be used (\(error.message))")
        }
        do {
            if let version = try Self.decoder.decode(VersionProbe.self, from: data).version,
               version > StudentProgress.currentVersion {
                return .newer(version: version)
            }
            return .progress(try Self.decoder.decode(StudentProgress.self, from: data))
        } catch let error as DecodingError {
            return .unusable("it is not valid progress data (\(Self.describe(error)))")
        } catch {
            return .unusable("it is not valid progress data (\(error))")
        }
    }

    private func read(_ onDisk: OnDisk? = nil, moveCorruptAside: Bool = true) -> Loaded {
        let url = fileURL
        let reason: String
        switch onDisk ?? inspect() {
        case .missing:
            return Loaded(progress: StudentProgress())
        case .progress(let progress):
            return Loaded(progress: progress)
        case .newer(let version):
            return Loaded(progress: StudentProgress(),
                          warning: "Saved progress in \(url.path) was written by a newer dltutor (format \(version)); it is left untouched and this session's progress will not be saved. Update dltutor to continue from it.")
        case .unusable(let why):
            reason = why
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
        // yyyyMMdd'T'HHmmss'Z' in UTC, whatever the student's locale and time zone.
        var seconds = time_t(now.timeIntervalSince1970.rounded(.down))
        var utc = tm()
        gmtime_r(&seconds, &utc)
        let stamp = String(printf: "%04d%02d%02dT%02d%02d%02dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec)
        let base = url.path + ".corrupt-" + stamp
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
