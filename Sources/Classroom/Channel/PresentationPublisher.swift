import FileSupport
import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#endif

/// The presenter's side: writes its state atomically (`AtomicFileWriter`, mode 0644), so
/// followers never read half a file and only the presenter can change it.
///
/// It writes `NAME.json` unless someone else holds that name: a classmate's file (live or not),
/// a symbolic link, a FIFO or a directory put there. In a sticky directory the presenter cannot
/// remove those, so it writes its own `NAME.USER-TAG.json` instead, which followers who trust it
/// find as well, and `notice` says what happened.
public final class PresentationPublisher {
    public let directory: PresentationDirectory
    public let name: String
    public let session: String
    public let started: Double
    /// The file this presenter writes.
    public let path: String
    /// Set when `NAME.json` was taken and the presenter writes its own file instead.
    public let notice: String?
    /// `--publish DIR`: a copy of the state goes to `DIR/NAME.json` as well, for a web server to serve.
    public let publishedCopy: String?
    public private(set) var last: PresentationState?
    let system: ClassroomSystem
    private var published = false

    /// Prepares to present as `name` and writes `first` at once, so a presenter that cannot
    /// publish fails here, before its screen says it is presenting.
    public init(directory: PresentationDirectory, name: String, first: PresentationState, publishing publishDirectory: String? = nil,
                system: ClassroomSystem = ClassroomSystem()) throws(ClassroomError) {
        if let problem = PresentationName.problem(with: name) { throw ClassroomError(problem) }
        if let publishDirectory {
            do {
                try FileManager.default.createDirectory(atPath: publishDirectory, withIntermediateDirectories: true)
            } catch {
                throw ClassroomError("--publish: cannot create \(publishDirectory): \(FileErrorMessage.text(for: error))")
            }
            publishedCopy = publishDirectory + "/" + name + ".json"
        } else {
            publishedCopy = nil
        }
        self.directory = directory
        self.name = name
        self.system = system
        started = system.clock.now()
        let tag = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        session = "\(system.pid)-\(Int(started * 1000))-\(tag)"
        try directory.prepare(user: system.user, users: system.users)
        let shared = directory.file(name)
        if let squat = PresentationFile.squat(at: shared, user: system.user, users: system.users) {
            let userName = system.users.userName(system.user)
            path = directory.ownFile(name, user: userName, tag: tag)
            // Short enough for a footer: the name's problem first, then what followers type.
            notice = "\(name).json is taken (\(squat)): presenting as \(path.pathFileName); followers use --follow \(name)@\(userName)"
        } else {
            if case .file(let data, let owner) = PresentationFile.read(shared),
               case .success(let state) = PresentationState.decode(data), state.pid != system.pid,
               system.isAlive(state, owner: owner) {
                throw ClassroomError("the presentation '\(name)' is already live (process \(state.pid)); quit it or choose another name")
            }
            path = shared
            notice = nil
        }
        try publish(first)
    }

    /// Writes `snapshot` with this session's bookkeeping and a fresh heartbeat.
    public func publish(_ snapshot: PresentationState) throws(ClassroomError) {
        var state = snapshot
        state.name = name
        state.session = session
        state.pid = system.pid
        state.started = started
        state.heartbeat = system.clock.now()
        last = snapshot
        do {
            try AtomicFileWriter(mode: 0o644).write(state.encoded(), to: path)
            if let publishedCopy { try AtomicFileWriter(mode: 0o644).write(state.encoded(), to: publishedCopy) }
        } catch {
            throw ClassroomError(error.description)
        }
        published = true
    }

    /// Removes the file, if it is still this session's (a newer presenter may have taken the name).
    public func remove() {
        guard published else { return }
        if let publishedCopy { unlink(publishedCopy) }
        if case .file(let data, _) = PresentationFile.read(path), case .success(let state) = PresentationState.decode(data),
           state.session != session {
            return
        }
        unlink(path)
        published = false
    }
}
