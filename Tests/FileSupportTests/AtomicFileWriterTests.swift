import FileSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct AtomicFileWriterTests {
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-writer-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func leftovers(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".") }
    }

    @Test func replacesTheFileWithTheModeAndLeavesNoTemporaryFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/state.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let previous = umask(0o077)
        defer { umask(previous) }
        try AtomicFileWriter(mode: 0o644, syncsDirectory: true).write(Data("new content".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o644, "the mode is set whatever the umask")
        #expect(try Self.leftovers(in: directory).isEmpty)
    }

    @Test func continuesAfterShortAndInterruptedWrites() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/big.bin"
        let data = Data((0..<10_000).map { UInt8($0 % 251) })
        let calls = Counter()
        // Every third call is interrupted; the others write at most 7 bytes.
        let writer = AtomicFileWriter(mode: 0o600) { descriptor, bytes, count in
            if calls.next() % 3 == 0 {
                errno = EINTR
                return -1
            }
            return AtomicFileWriter.systemWrite(descriptor, bytes, min(count, 7))
        }
        try writer.write(data, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
        #expect(calls.value > 10_000 / 7)
    }

    @Test func aFailedWriteKeepsTheOldFileAndNamesThePath() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/keep.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let writer = AtomicFileWriter(mode: 0o600) { _, _, _ in
            errno = ENOSPC
            return -1
        }
        let error = #expect(throws: FileWriteError.self) { try writer.write(Data("new".utf8), to: path) }
        #expect(error?.errorNumber == ENOSPC)
        #expect(error?.description.hasPrefix("cannot write \(directory)/.keep.json.tmp-") == true, "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.description.hasSuffix(": No space left on device") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try Self.leftovers(in: directory).isEmpty, "the temporary file is removed")
    }

    @Test func aWriteThatMakesNoProgressFailsInsteadOfLooping() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let writer = AtomicFileWriter(mode: 0o600) { _, _, _ in 0 }
        let error = #expect(throws: FileWriteError.self) { try writer.write(Data("x".utf8), to: directory + "/f") }
        #expect(error?.errorNumber == ENOSPC)
    }

    @Test func aMissingDirectoryIsNamed() throws {
        let error = #expect(throws: FileWriteError.self) {
            try AtomicFileWriter(mode: 0o600).write(Data("x".utf8), to: "/nonexistent-\(getpid())/f.json")
        }
        #expect(error?.description == "cannot create a temporary file in /nonexistent-\(getpid()): No such file or directory")
    }

    @Test func aDirectoryAtThePathIsNotReplaced() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/taken"
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        let error = #expect(throws: FileWriteError.self) { try AtomicFileWriter(mode: 0o600).write(Data("x".utf8), to: path) }
        #expect(error?.action == "cannot replace")
        #expect(error?.path == path)
        #expect(try Self.leftovers(in: directory).isEmpty)
    }
}

/// Counts calls from the writer's (synchronous) write loop.
final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
