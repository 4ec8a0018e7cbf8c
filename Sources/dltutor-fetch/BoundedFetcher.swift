import Classroom
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The delegate of the helper's session: collects one response at a time, cancels it as soon as
/// the body passes `limit` bytes (a huge file is never held whole), and signals `finished` with the
/// outcome. URLSession calls it on its own queue, hence the lock.
final class BoundedFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    typealias Outcome = FetchExchange.Outcome

    let limit: Int
    let requestTimeout: Double
    /// Signalled once per request, when its outcome is ready.
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var body = Data()
    private var status = 0
    private var headers: [String: String] = [:]
    private var overLimit = false
    private var timedOut = false
    private var outcome: Outcome?

    init(limit: Int, requestTimeout: Double) {
        self.limit = limit
        self.requestTimeout = requestTimeout
    }

    func begin() {
        lock.withLock {
            body = Data()
            status = 0
            headers = [:]
            overLimit = false
            timedOut = false
        }
    }

    /// Marks the request in flight as given up (the caller cancels it).
    func giveUp() {
        lock.withLock { timedOut = true }
    }

    /// The finished request's outcome, once.
    func take() -> Outcome? {
        lock.withLock {
            defer { outcome = nil }
            return outcome
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        lock.withLock {
            status = http?.statusCode ?? 0
            for (key, value) in http?.allHeaderFields ?? [:] {
                if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
            }
        }
        let tooLarge = response.expectedContentLength > Int64(limit)
        if tooLarge { lock.withLock { overLimit = true } }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let cancel = lock.withLock { () -> Bool in
            body.append(data)
            if body.count > limit { overLimit = true }
            return overLimit
        }
        if cancel { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock {
            if timedOut {
                outcome = .failed("the server did not answer within \(Int(requestTimeout)) s")
            } else if overLimit {
                outcome = .tooLarge
            } else if let error {
                outcome = .failed((error as NSError).localizedDescription)
            } else {
                outcome = .response(status: status, headers: headers, body: body)
            }
            body = Data()
        }
        finished.signal()
    }
}
