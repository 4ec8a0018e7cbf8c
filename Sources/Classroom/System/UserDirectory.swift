#if canImport(Glibc)
import Glibc
#endif

/// Users and groups by name and id (the password and group databases; tests use a table).
public protocol UserDirectory: Sendable {
    func userID(named name: String) -> uid_t?
    /// The login name, or "uid N" for an id without one.
    func userName(_ user: uid_t) -> String
    func groupID(named name: String) -> gid_t?
    /// Whether `user` belongs to `group`, as its primary group or a supplementary one.
    func isMember(_ user: uid_t, of group: gid_t) -> Bool
}

public struct SystemUserDirectory: UserDirectory {
    public init() {}

    public func userID(named name: String) -> uid_t? {
        getpwnam(name).map { $0.pointee.pw_uid }
    }

    public func userName(_ user: uid_t) -> String {
        if let entry = getpwuid(user), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(user)"
    }

    public func groupID(named name: String) -> gid_t? {
        getgrnam(name).map { $0.pointee.gr_gid }
    }

    public func isMember(_ user: uid_t, of group: gid_t) -> Bool {
        guard let entry = getpwuid(user), let login = entry.pointee.pw_name else { return false }
        if entry.pointee.pw_gid == group { return true }
        let name = String(cString: login)
        guard let groupEntry = getgrgid(group), var member = groupEntry.pointee.gr_mem else { return false }
        while let current = member.pointee {
            if String(cString: current) == name { return true }
            member += 1
        }
        return false
    }
}
