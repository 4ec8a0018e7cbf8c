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
    /// Whether an answer is on its way (a request in flight), so that the next poll should come
    /// soon rather than after the usual interval.
    var expectsAnswer: Bool { get }
}

extension PresentationSource {
    public var expectsAnswer: Bool { false }
}

extension PresentationReader: PresentationSource {}
