#if canImport(Glibc)
import Glibc
#endif

/// Where a follower reads its presenter from: the shared directory (`PresentationReader`) or a
/// web server (`HTTPPresentationReader`). `poll` is called from the follower's wait for input and
/// must not block.
public protocol PresentationSource: AnyObject {
    /// The presentation's name, as the follower's screen says it.
    var name: String { get }
    /// What changed since the last poll: new states, unusable content, the presenter's absence (once).
    func poll() -> [PresentationEvent]
    /// The local file followed and its owner, where answers can be sent beside it; nil over the web.
    var followedFile: (path: String, owner: uid_t)? { get }
}

extension PresentationReader: PresentationSource {}
