#if canImport(Glibc)
import Glibc
#endif

/// The follower's side: finds the presentation `name` from a trusted presenter, looks at its file
/// (an `lstat` per poll) and reads it only when it changed; reports each change of the presenter's
/// presence once.
///
/// The file followed is `NAME.json` when a trusted presenter writes it, otherwise a trusted
/// presenter's own `NAME.USER-TAG.json` (see `PresentationPublisher`). Files of anyone else are
/// never followed, however alive they claim to be.
public final class PresentationReader {
    public let directory: PresentationDirectory
    public let name: String
    public let trust: TrustedPresenters
    let system: ClassroomSystem
    /// The file being followed, while its presenter is there.
    private var followed: String?
    private var looks: [String: Look] = [:]
    private var reportedGone = false

    /// The last look at one file.
    struct Look {
        var stamp: PresentationFile.Stamp
        /// The last well-formed state read from it, from a trusted owner, and that owner.
        var good: (state: PresentationState, owner: uid_t)?
        /// Why the latest content cannot be used.
        var problem: String?
        var untrustedOwner: String?
        /// Whether the file changed since the look before.
        var changed = true
    }

    public init(directory: PresentationDirectory, name: String, trust: TrustedPresenters, system: ClassroomSystem = ClassroomSystem()) {
        self.directory = directory
        self.name = name
        self.trust = trust
        self.system = system
    }

    /// The file followed now and its owner (for sending answers beside it), while its presenter is there.
    public var followedFile: (path: String, owner: uid_t)? {
        guard let followed, let owner = looks[followed]?.good?.owner else { return nil }
        return (followed, owner)
    }

    public func poll() -> [PresentationEvent] {
        var events: [PresentationEvent] = []
        if let path = followed {
            if let look = refresh(path), let good = look.good, system.isAlive(good.state, owner: good.owner) {
                if look.changed { events.append(look.problem.map(PresentationEvent.unreadable) ?? .update(good.state)) }
                return events
            }
            followed = nil
        }
        let shared = directory.file(name)
        var sawFile = false
        var untrustedOwner: String?
        for path in directory.files(for: name) {
            guard let look = refresh(path) else { continue }
            sawFile = true
            if path == shared, look.changed, let problem = look.problem, look.good == nil { events.append(.unreadable(problem)) }
            if let owner = look.untrustedOwner, untrustedOwner == nil { untrustedOwner = owner }
            if let good = look.good, system.isAlive(good.state, owner: good.owner) {
                followed = path
                reportedGone = false
                events.append(.update(good.state))
                return events
            }
        }
        if !reportedGone {
            reportedGone = true
            events.append(.gone(!sawFile ? .noFile : untrustedOwner.map { .notTrusted(owner: $0) } ?? .stale))
        }
        return events
    }

    /// Looks at `path`, reading it when it changed; nil when nothing is there.
    private func refresh(_ path: String) -> Look? {
        guard let stamp = PresentationFile.stamp(path) else {
            looks[path] = nil
            return nil
        }
        if var look = looks[path], look.stamp == stamp {
            look.changed = false
            looks[path] = look
            return look
        }
        var look = Look(stamp: stamp, good: looks[path]?.good)
        let fileName = String(path.split(separator: "/").last ?? "")
        switch PresentationFile.read(path) {
        case .missing:
            looks[path] = nil
            return nil
        case .notAFile(let reason):
            look.good = nil
            look.problem = "\(fileName) cannot be followed: \(reason)"
        case .file(let data, let owner):
            guard trust.trusts(owner, users: system.users) else {
                let ownerName = system.users.userName(owner)
                look.good = nil
                look.untrustedOwner = ownerName
                look.problem = "\(fileName) is not followed: \(trust.refusal(owner: ownerName))"
                break
            }
            switch PresentationState.decode(data) {
            case .failure(let error):
                // Keep the last good state of the same owner: its heartbeat still tells when the presenter goes.
                if look.good?.owner != owner { look.good = nil }
                look.problem = error.description
            case .success(var state):
                state.owner = system.users.userName(owner)
                look.good = (state, owner)
            }
        }
        looks[path] = look
        return look
    }
}
