import FoundationEssentials
import Glibc

/// A follower's side over the web: fetches the presenter's state file from any static web server
/// (`dltutor --follow https://host/class.json`) with the toolchain's `URLSession`, which runs in
/// the helper process `dltutor-fetch` (`WebFetchHelper`) so that the tutor does not load it.
///
/// A request goes out about every `requestInterval` seconds, conditional on the last `ETag` and
/// `Last-Modified`, so an unchanged file costs the server a `304` and the follower nothing; only
/// one is in flight at a time and its answer is picked up by the next `poll` (the follower's wait
/// for input, which never blocks on the network). The body is checked like a local file
/// (`PresentationState.decode`, at most `PresentationState.maximumFileSize` bytes). The presenter
/// counts as gone when the file is missing (404/410), the server cannot be reached or answers
/// with an error, or the file has not changed for `PresentationState.staleAfter` seconds of the
/// follower's own clock (a presenter rewrites it every 5 s; the two hosts' clocks are not compared).
public final class HTTPPresentationReader: PresentationSource {
    public static let requestInterval = 2.0
    /// A request that takes longer than this in all (a slow or stuck server) fails.
    public static let requestTimeout = 8.0

    public let url: URL
    public let name: String
    let clock: any WallClock
    private let helper: WebFetchHelper
    private var nextRequest = 0.0
    /// Whether a request is in flight and when it went out (the helper gives up on one after
    /// `requestTimeout`; a helper that does not answer at all is ended a little later).
    private var busy = false
    private var requestStarted = 0.0
    private var entityTag: String?
    private var lastModified: String?
    private var lastBody: Data?
    private var lastChange: Double?
    private var present = false
    private var reportedGone = false

    /// `name` is the file's name without `.json` (`class` for `…/class.json`).
    public init(url: URL, clock: any WallClock = SystemWallClock()) {
        self.url = url
        let file = url.lastPathComponent
        name = file.hasSuffix(".json") ? String(file.dropLast(5)) : file
        self.clock = clock
        helper = WebFetchHelper(url: url)
    }

    public var followedFile: (path: String, owner: uid_t)? { nil }

    public var expectsAnswer: Bool { busy }

    /// Whether `text` is a URL `--follow` takes (http or https with a host).
    public static func isURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(url.host ?? "").isEmpty
    }

    public func poll() -> [PresentationEvent] {
        let now = clock.now()
        var events: [PresentationEvent] = []
        if busy, let outcome = helper.receive() {
            busy = false
            events += handle(outcome, now: now)
        }
        if present, let lastChange, now - lastChange > PresentationState.staleAfter {
            present = false
            events += gone(.stale)
        }
        // The helper answers within requestTimeout; one that does not is stuck, and a new one starts.
        if busy, now - requestStarted > Self.requestTimeout * 1.5 {
            helper.stop()
            busy = false
            events += handle(.failed("the server did not answer within \(Int(Self.requestTimeout)) s"), now: now)
        }
        if !busy, now >= nextRequest {
            nextRequest = now + Self.requestInterval
            requestStarted = now
            if let reason = helper.send(FetchExchange.Request(entityTag: entityTag, lastModified: lastModified)) {
                events += handle(.failed(reason), now: now)
            } else {
                busy = true
            }
        }
        return events
    }

    private func handle(_ outcome: FetchExchange.Outcome, now: Double) -> [PresentationEvent] {
        switch outcome {
        case .response(let status, let headers, let body):
            switch status {
            case 200:
                entityTag = headers["etag"]
                lastModified = headers["last-modified"]
                guard body != lastBody else { return [] }
                lastBody = body
                switch PresentationState.decode(body) {
                case .failure(let error):
                    return [.unreadable("\(url.lastPathComponent): \(error.description)")]
                case .success(var state):
                    state.owner = url.host
                    lastChange = now
                    present = true
                    reportedGone = false
                    return [.update(state)]
                }
            case 304:
                return []
            case 404, 410:
                forget()
                return gone(.noFile)
            default:
                forget()
                return gone(.unreachable("the server answered HTTP \(status)"))
            }
        case .tooLarge:
            forget()
            return [.unreadable("\(url.lastPathComponent): the file is larger than \(PresentationState.maximumFileSize / 1024) KB")]
        case .failed(let reason):
            forget()
            return gone(.unreachable(reason))
        }
    }

    /// After an error the next request is unconditional, and the same content counts as new.
    private func forget() {
        entityTag = nil
        lastModified = nil
        lastBody = nil
        present = false
    }

    private func gone(_ absence: PresenterAbsence) -> [PresentationEvent] {
        present = false
        guard !reportedGone else { return [] }
        reportedGone = true
        return [.gone(absence)]
    }
}
