// dltutor-fetch URL: the web client of `dltutor --follow URL`, in a process of its own.
//
// Foundation's networking brings libcurl and its TLS, Kerberos and LDAP libraries (about 5 MB of
// every process that loads them); only a follower over the web needs them, so the tutor does not
// link them and starts this helper instead (see Classroom's `WebFetchHelper`). It reads one
// request a line on stdin (the validators of the last answer), makes that conditional request
// with URLSession, and writes the outcome to stdout (`FetchExchange`). It ends at end of input,
// that is when the tutor ends or lets it go.
import Classroom
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

guard CommandLine.arguments.count == 2, let url = URL(string: CommandLine.arguments[1]),
      HTTPPresentationReader.isURL(CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: dltutor-fetch http(s)://host/name.json (started by dltutor --follow URL)\n".utf8))
    exit(2)
}

let timeout = HTTPPresentationReader.requestTimeout
let fetcher = BoundedFetcher(limit: PresentationState.maximumFileSize, requestTimeout: timeout)
let configuration = URLSessionConfiguration.ephemeral
configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
configuration.urlCache = nil
configuration.timeoutIntervalForRequest = timeout
configuration.timeoutIntervalForResource = timeout
configuration.httpMaximumConnectionsPerHost = 1
let session = URLSession(configuration: configuration, delegate: fetcher, delegateQueue: nil)

/// Writes all of `data` to stdout; the tutor gone is the end of the helper too.
func send(_ data: Data) {
    let written = data.withUnsafeBytes { buffer -> Bool in
        var offset = 0
        while offset < buffer.count {
            let count = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
    if !written { exit(0) }
}

while let line = readLine(strippingNewline: true) {
    let validators = FetchExchange.Request(line: line)
    var request = URLRequest(url: url)
    request.setValue("dltutor", forHTTPHeaderField: "User-Agent")
    if let entityTag = validators.entityTag { request.setValue(entityTag, forHTTPHeaderField: "If-None-Match") }
    if let lastModified = validators.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
    // A late answer to a request given up on is not this one's.
    while fetcher.finished.wait(timeout: .now()) == .success {}
    _ = fetcher.take()
    fetcher.begin()
    let task = session.dataTask(with: request)
    task.resume()
    // URLSession on Linux does not end a response that trickles in: give up on it here.
    if fetcher.finished.wait(timeout: .now() + timeout) == .timedOut {
        fetcher.giveUp()
        task.cancel()
        _ = fetcher.finished.wait(timeout: .now() + 2)
    }
    var outcome = fetcher.take() ?? .failed("the server did not answer within \(Int(timeout)) s")
    // The follower needs the validators of the answer only.
    if case .response(let status, let headers, let body) = outcome {
        outcome = .response(status: status, headers: headers.filter { ["etag", "last-modified"].contains($0.key) }, body: body)
    }
    send(FetchExchange.encode(outcome))
}
