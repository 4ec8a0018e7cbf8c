import Foundation
import Testing

/// The tutor links FoundationEssentials, not Foundation proper (ICU, CoreFoundation: megabytes in every
/// session of a class; ARCHITECTURE.md). Checked in the sources and in the binary the tests drive.
@Suite struct FoundationImportTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `import Foundation` (or one of its declarations) anywhere under Sources/ except the web helper.
    @Test func noSourceOfTheTutorImportsFoundation() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 100, "found the sources: \(files.count)")
        let foundation = try Regex(#"^\s*(@_exported\s+|public\s+|internal\s+)?import\s+((struct|class|enum|func|var|let|protocol|typealias)\s+)?Foundation(\.\w+)?\s*$"#)
        var offenders: [String] = []
        for file in files where !file.hasPrefix("dltutor-fetch/") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.wholeMatch(of: foundation) != nil {
                offenders.append("Sources/\(file):\(index + 1): \(line)")
            }
        }
        #expect(offenders.isEmpty, "import FoundationEssentials (and TextSupport / ProcessSupport for what it lacks): \(offenders)")
    }

    /// The dynamically linked test build needs none of Foundation proper's libraries.
    @Test func theTutorBinaryDoesNotLoadFoundation() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-needed-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = try Subprocess.run(["readelf", "-d", TmuxSession.binary], environment: ProcessInfo.processInfo.environment,
                                        stdout: output, stderr: "/dev/null", timeout: 60)
        try #require(status == 0, "readelf -d \(TmuxSession.binary)")
        let needed = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").filter { $0.contains("(NEEDED)") }
        let statically = !needed.contains { $0.contains("libswiftCore.so") }
        let foundation = needed.filter { ["libFoundation.so", "lib_FoundationICU.so", "libFoundationInternationalization.so"].contains(where: $0.contains) }
        #expect(statically || needed.contains { $0.contains("libFoundationEssentials.so") }, "expected a dynamically linked build: \(needed)")
        // After a change of imports, an incremental build can keep objects compiled before it (their
        // autolink entries still name Foundation): a clean build is then the fix.
        #expect(foundation.isEmpty, "\(TmuxSession.binary) loads \(foundation); if no source imports Foundation, objects from an earlier build are linked in: swift package clean")
    }
}
