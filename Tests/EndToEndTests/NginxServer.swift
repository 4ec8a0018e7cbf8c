import Foundation

/// A throwaway nginx on 127.0.0.1 and a free port, run as the test's own user with its own
/// prefix, configuration and document root in a temporary directory (no master process, no
/// daemon); `/slow/` is served at 20 bytes a second. Stopped by its process id.
final class NginxServer {
    static let binary = "/usr/sbin/nginx"

    let directory: String
    var root: String { directory + "/www" }
    let port: UInt16
    private var process: BackgroundProcess?

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-nginx-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory + "/www/slow", withIntermediateDirectories: true)
        chmod(directory, 0o755)
        guard let port = freeLoopbackPort() else { throw Failure(description: "no free port") }
        self.port = port
        let configuration = """
            daemon off;
            master_process off;
            worker_processes 1;
            pid \(directory)/nginx.pid;
            error_log \(directory)/error.log;
            events { worker_connections 1024; }
            http {
                access_log \(directory)/access.log;
                client_body_temp_path \(directory)/client_body;
                proxy_temp_path \(directory)/proxy;
                fastcgi_temp_path \(directory)/fastcgi;
                uwsgi_temp_path \(directory)/uwsgi;
                scgi_temp_path \(directory)/scgi;
                types { application/json json; }
                server {
                    listen 127.0.0.1:\(port);
                    root \(directory)/www;
                    location /slow/ { limit_rate 20; }
                }
            }
            """
        try configuration.write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        try start()
    }

    var url: String { "http://127.0.0.1:\(port)" }
    /// nginx's process id while it runs (one process: no master).
    var pid: Int32? { process?.pid }
    var accessLog: String { (try? String(contentsOfFile: directory + "/access.log", encoding: .utf8)) ?? "" }

    func start() throws {
        let process = try BackgroundProcess([Self.binary, "-p", directory, "-c", directory + "/nginx.conf", "-e", directory + "/error.log"],
                                            environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"],
                                            stdout: directory + "/nginx.out", stderr: directory + "/nginx.err")
        self.process = process
        let deadline = Date().addingTimeInterval(10)
        while !isListening(port: port), Date() < deadline, process.isRunning { usleep(20_000) }
        guard isListening(port: port) else {
            let errors = (try? String(contentsOfFile: directory + "/nginx.err", encoding: .utf8)) ?? ""
            throw Failure(description: "nginx did not start: \(errors)")
        }
    }

    func stop() {
        process?.stop()
        process = nil
    }

    /// Puts `text` at `path` under the document root (written whole, then renamed into place).
    func serve(_ text: String, at path: String) throws {
        let target = root + "/" + path
        try Data(text.utf8).write(to: URL(fileURLWithPath: target + ".tmp"))
        rename(target + ".tmp", target)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
