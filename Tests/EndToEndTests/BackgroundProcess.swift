import Foundation

/// A program left running while a test talks to it (an sshd), started like `Subprocess.run`
/// (posix_spawn, its own process group, a clean signal state, output to files) and stopped by its
/// process id.
final class BackgroundProcess {
    let pid: pid_t
    private var reaped = false

    init(_ arguments: [String], environment: [String: String], stdout: String, stderr: String) throws {
        pid = try Subprocess.spawn(arguments, environment: environment, stdout: stdout, stderr: stderr)
    }

    /// Whether it is still running (reaps it if it has exited).
    var isRunning: Bool {
        guard !reaped else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { reaped = true }
        return !reaped
    }

    /// Stops it by its process id: SIGTERM, then SIGKILL after `grace` seconds.
    func stop(grace: Double = 5) {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        while isRunning, Date() < deadline { usleep(20_000) }
        if isRunning {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            reaped = true
        }
    }

    deinit { stop() }
}

/// Processes on this machine whose environment contains `marker` (a unique path a test put
/// there), to find a program a test started indirectly, e.g. through sshd.
func processes(withEnvironmentContaining marker: String) -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.compactMap { name -> Int32? in
        guard let pid = Int32(name), pid != getpid(),
              let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ"),
              String(decoding: environment, as: UTF8.self).contains(marker) else { return nil }
        // A zombie has already exited: only its parent's wait is missing.
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        return status.contains("State:\tZ") ? nil : pid
    }
}

/// The name of the program running as `pid`.
func processName(_ pid: Int32) -> String {
    ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
func freeLoopbackPort() -> UInt16? {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
    }
    return bound ? UInt16(bigEndian: address.sin_port) : nil
}

/// Whether something accepts connections on 127.0.0.1:`port`.
func isListening(port: UInt16) -> Bool {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = port.bigEndian
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
}
