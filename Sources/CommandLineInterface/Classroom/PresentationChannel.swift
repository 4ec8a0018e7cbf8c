import Foundation
import TutorApp
#if canImport(Glibc)
import Glibc
#endif

/// Why presenting or following could not start; the message says what to do.
struct ClassroomError: Error, CustomStringConvertible {
    let description: String
}

/// The shared directory where presentations live, one `NAME.json` per live presentation.
///
/// Like /tmp it is writable by everyone with the sticky bit set, so any user may present but only
/// a file's owner may replace or remove it: followers can trust that `alice.json` was written by
/// whoever created it.
struct PresentationDirectory {
    static let defaultPath = "/tmp/dltutor-presentations"
    let path: String

    static func standard(environment: [String: String]) -> PresentationDirectory {
        let path = environment["DLTUTOR_PRESENT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
        return PresentationDirectory(path: path)
    }

    func file(_ name: String) -> String { path + "/" + name + ".json" }

    /// Makes sure the directory exists (creating it mode 1777 when `create`) and is safe to use.
    func prepare(create: Bool) throws(ClassroomError) {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT, create else {
                throw ClassroomError(description: "\(path): \(String(cString: strerror(errno)))")
            }
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            if mkdir(path, 0o1777) == 0 {
                chmod(path, 0o1777)  // mkdir is subject to the umask
            } else if errno != EEXIST {
                throw ClassroomError(description: "cannot create the presentations directory \(path): \(String(cString: strerror(errno)))")
            }
            guard lstat(path, &info) == 0 else {
                throw ClassroomError(description: "\(path): \(String(cString: strerror(errno)))")
            }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw ClassroomError(description: "\(path) is not a directory; set DLTUTOR_PRESENT_DIR to a directory for presentations")
        }
        let mode = info.st_mode & 0o7777
        if mode & 0o002 != 0, mode & 0o1000 == 0 {
            throw ClassroomError(description: "\(path) is writable by everyone but has no sticky bit, so anyone could replace a presentation; fix it with: chmod 1777 \(path)")
        }
    }

    /// The owner of the directory, when it is neither root nor the current user (who could then
    /// replace any file in it).
    func foreignOwner() -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_uid != 0, info.st_uid != geteuid() else { return nil }
        return userName(info.st_uid)
    }

    /// The live presentations: well-formed files whose presenter is still writing them.
    func livePresentations(now: Double) -> [(state: PresentationState, owner: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.sorted().compactMap { fileName in
            guard fileName.hasSuffix(".json"), !fileName.hasPrefix(".") else { return nil }
            let name = String(fileName.dropLast(5))
            guard PresentationName.isValid(name), let read = PresentationFile.read(file(name)),
                  case .success(let state) = PresentationState.decode(read.data), state.name == name,
                  PresentationFile.isAlive(state, now: now) else { return nil }
            return (state, userName(read.owner))
        }
    }
}

func userName(_ uid: uid_t) -> String {
    if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid \(uid)"
}

/// Reading presentation files, which anyone may have put there.
enum PresentationFile {
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
        var size: Int
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec),
                     nanoseconds: Int(info.st_mtim.tv_nsec), size: Int(info.st_size))
    }

    /// The file's bytes (at most one byte more than a presentation may have) and owner; nil when
    /// it cannot be opened. Symbolic links are not followed; only regular files are read.
    static func read(_ path: String) -> (data: Data, owner: uid_t)? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let limit = PresentationState.maximumFileSize + 1
        var bytes = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, limit - count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        return (Data(bytes[0..<count]), info.st_uid)
    }

    /// Whether the presenter that wrote `state` is still there: it wrote recently and its process
    /// exists (a process of another user answers EPERM, which still means it exists).
    static func isAlive(_ state: PresentationState, now: Double) -> Bool {
        guard !state.isStale(now: now) else { return false }
        guard state.pid > 0 else { return true }
        return kill(state.pid, 0) == 0 || errno == EPERM
    }

    static var wallClock: Double { Date().timeIntervalSince1970 }
}

/// The presenter's side: writes `NAME.json` atomically (a temporary file renamed over it), mode
/// 0644, so followers never read half a file and only the presenter can change it.
final class PresentationPublisher {
    let directory: PresentationDirectory
    let name: String
    let session: String
    let started: Double
    private(set) var last: PresentationState?
    private var published = false

    init(directory: PresentationDirectory, name: String) throws(ClassroomError) {
        self.directory = directory
        self.name = name
        started = PresentationFile.wallClock
        session = "\(getpid())-\(Int(started * 1000))-\(UInt32.random(in: 0...UInt32.max))"
        try directory.prepare(create: true)
        if let owner = directory.foreignOwner() {
            throw ClassroomError(description: "\(directory.path) belongs to \(owner), who could replace your presentation; ask the administrator to create it as root with mode 1777 (see README, 'Running a classroom server')")
        }
        let path = directory.file(name)
        if let existing = PresentationFile.read(path) {
            if existing.owner != geteuid() {
                throw ClassroomError(description: "the presentation '\(name)' belongs to \(userName(existing.owner)); choose another name")
            }
            if case .success(let state) = PresentationState.decode(existing.data), state.pid != getpid(),
               PresentationFile.isAlive(state, now: PresentationFile.wallClock) {
                throw ClassroomError(description: "the presentation '\(name)' is already live (process \(state.pid)); quit it or choose another name")
            }
        }
    }

    /// Writes `snapshot` with this session's bookkeeping and a fresh heartbeat.
    func publish(_ snapshot: PresentationState) throws(ClassroomError) {
        var state = snapshot
        state.session = session
        state.pid = getpid()
        state.started = started
        state.heartbeat = PresentationFile.wallClock
        last = snapshot
        var template = Array((directory.path + "/." + name + ".json.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ClassroomError(description: "cannot write in \(directory.path): \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(descriptor, 0o644)
        let data = state.encoded()
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
        guard written == data.count, rename(temporary, directory.file(name)) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ClassroomError(description: "cannot write \(directory.file(name)): \(reason)")
        }
        published = true
    }

    /// Removes the file, if it is still this session's (a newer presenter may have taken the name).
    func remove() {
        guard published else { return }
        let path = directory.file(name)
        if let existing = PresentationFile.read(path), case .success(let state) = PresentationState.decode(existing.data),
           state.session != session {
            return
        }
        unlink(path)
        published = false
    }
}

/// The follower's side: looks at the presenter's file (a `stat`, at most twice a second) and
/// reads it when it changed; reports each change of the presenter's presence once.
final class PresentationReader {
    let directory: PresentationDirectory
    let name: String
    private var lastStamp: PresentationFile.Stamp?
    private var lastState: PresentationState?
    private var reportedGone = false

    init(directory: PresentationDirectory, name: String) {
        self.directory = directory
        self.name = name
    }

    func poll(now: Double) -> PresentationEvent? {
        let path = directory.file(name)
        guard let stamp = PresentationFile.stamp(path) else {
            lastStamp = nil
            lastState = nil
            return gone(.noFile)
        }
        if stamp != lastStamp {
            lastStamp = stamp
            guard let read = PresentationFile.read(path) else {
                return .unreadable("the file cannot be read (not a regular file, or no permission)")
            }
            switch PresentationState.decode(read.data) {
            case .failure(let error):
                // Keep the last good state: its heartbeat still tells when the presenter goes.
                return .unreadable(error.description)
            case .success(let state):
                lastState = state
                guard PresentationFile.isAlive(state, now: now) else { return gone(.stale) }
                reportedGone = false
                return .update(state)
            }
        }
        if let lastState, !PresentationFile.isAlive(lastState, now: now) { return gone(.stale) }
        return nil
    }

    private func gone(_ absence: PresenterAbsence) -> PresentationEvent? {
        guard !reportedGone else { return nil }
        reportedGone = true
        return .gone(absence)
    }
}
