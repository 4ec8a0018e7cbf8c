import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A follower's side over the web: fetches the presenter's state file from any static web server
/// (`dltutor --follow https://host/class.json`) with the toolchain's `URLSession`.
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
    private let fetcher: BoundedFetcher
    private var session: URLSession?
    private var nextRequest = 0.0
    /// The request in flight and when it went out (URLSession on Linux does not end a response
    /// that trickles in, so the reader gives up on it itself).
    private var task: URLSessionDataTask?
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
        fetcher = BoundedFetcher(limit: PresentationState.maximumFileSize)
    }

    deinit { session?.invalidateAndCancel() }

    public var followedFile: (path: String, owner: uid_t)? { nil }

    /// Whether `text` is a URL `--follow` takes (http or https with a host).
    public static func isURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(url.host ?? "").isEmpty
    }

    public func poll() -> [PresentationEvent] {
        let now = clock.now()
        var events: [PresentationEvent] = []
        if let outcome = fetcher.take() { events += handle(outcome, now: now) }
        if present, let lastChange, now - lastChange > PresentationState.staleAfter {
            present = false
            events += gone(.stale)
        }
        if fetcher.isBusy, let task, now - requestStarted > Self.requestTimeout {
            fetcher.giveUp()
            task.cancel()
            self.task = nil
        }
        if !fetcher.isBusy, now >= nextRequest {
            nextRequest = now + Self.requestInterval
            start()
        }
        return events
    }

    private func start() {
        if session == nil {
            let configuration = URLSessionConfiguration.ephemeral
            configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
            configuration.urlCache = nil
            configuration.timeoutIntervalForRequest = Self.requestTimeout
            configuration.timeoutIntervalForResource = Self.requestTimeout
            configuration.httpMaximumConnectionsPerHost = 1
            session = URLSession(configuration: configuration, delegate: fetcher, delegateQueue: nil)
        }
        var request = URLRequest(url: url)
        request.setValue("dltutor", forHTTPHeaderField: "User-Agent")
        if let entityTag { request.setValue(entityTag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        fetcher.begin()
        requestStarted = clock.now()
        task = session?.dataTask(with: request)
        task?.resume()
    }

    private func handle(_ outcome: BoundedFetcher.Outcome, now: Double) -> [PresentationEvent] {
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
