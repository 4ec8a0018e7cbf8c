#if canImport(Glibc)
import Glibc
#endif

/// Whose presentation files a follower believes.
///
/// The shared directory is writable by everyone, so a file's name says nothing about who wrote
/// it; its owner (which only root can fake) does. A follower names the presenter
/// (`--follow class@alice`), or the host names a group of instructors, or else it trusts only
/// its own user's files.
public struct TrustedPresenters: Equatable, Sendable {
    public enum Rule: Equatable, Sendable {
        case user(uid_t, name: String)
        case group(gid_t, name: String)
        /// Neither a user nor a group was named: only the follower's own presentations.
        case ownUser(uid_t)
    }

    public let rule: Rule

    public init(_ rule: Rule) {
        self.rule = rule
    }

    /// The rule for `--follow NAME[@USER]` on a host with `configuration`.
    public static func resolve(user: String?, configuration: ClassroomConfiguration, users: any UserDirectory,
                               ownUser: uid_t) throws(ClassroomError) -> TrustedPresenters {
        if let user {
            guard let id = users.userID(named: user) else {
                throw ClassroomError("there is no user '\(user)' on this host; follow NAME@USER with the presenter's login name")
            }
            return TrustedPresenters(.user(id, name: user))
        }
        if let group = configuration.instructorGroup {
            guard let id = users.groupID(named: group) else {
                throw ClassroomError("the instructors group '\(group)' named in the classroom configuration does not exist; ask the administrator to fix \(ClassroomConfiguration.defaultPath)")
            }
            return TrustedPresenters(.group(id, name: group))
        }
        return TrustedPresenters(.ownUser(ownUser))
    }

    public func trusts(_ owner: uid_t, users: any UserDirectory) -> Bool {
        switch rule {
        case .user(let id, _): owner == id
        case .group(let id, _): users.isMember(owner, of: id)
        case .ownUser(let id): owner == id
        }
    }

    /// Why a file of `owner`'s is not followed, for the footer.
    public func refusal(owner: String) -> String {
        switch rule {
        case .user(_, let name):
            "it belongs to \(owner), not \(name)"
        case .group(_, let name):
            "it belongs to \(owner), who is not in the instructors group \(name)"
        case .ownUser:
            "it belongs to \(owner); follow NAME@USER to follow another user's presentation"
        }
    }
}
