import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Reading files anyone may have put in the directory: only regular files, never through a link,
/// never blocking.
@Suite struct PresentationFileTests {
    @Test func aRegularFileIsReadWithItsOwner() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/a.json"
        try Files.write("{}", to: path)
        #expect(PresentationFile.read(path) == .file(Data("{}".utf8), owner: geteuid()))
        #expect(PresentationFile.read(scratch.path + "/missing.json") == .missing)
    }

    @Test func aSymbolicLinkIsNotFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write("{}", to: scratch.path + "/real.json")
        symlink(scratch.path + "/real.json", scratch.path + "/link.json")
        #expect(PresentationFile.read(scratch.path + "/link.json") == .notAFile("it is a symbolic link"))
        #expect(PresentationFile.stamp(scratch.path + "/link.json") != PresentationFile.stamp(scratch.path + "/real.json"),
                "the stamp is the link's own")
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/fifo.json"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(PresentationFile.read(path) == .notAFile("it is a FIFO"))
    }

    @Test func aDirectoryIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path + "/dir.json", withIntermediateDirectories: false)
        #expect(PresentationFile.read(scratch.path + "/dir.json") == .notAFile("it is a directory"))
    }

    @Test func aHugeFileIsReadOnlyUpToTheLimit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/huge.json"
        try Data(repeating: 0x20, count: 1_000_000).write(to: URL(fileURLWithPath: path))
        guard case .file(let data, _) = PresentationFile.read(path) else { Issue.record("not read"); return }
        #expect(data.count == PresentationState.maximumFileSize + 1)
        #expect(PresentationState.decode(data) == .failure(.unreadable("the file is larger than 64 KB")))
    }

    @Test func aSquatIsDescribed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let users = TableUsers()
        let me = users.userName(geteuid())
        mkfifo(scratch.path + "/fifo", 0o644)
        symlink("/etc/passwd", scratch.path + "/link")
        try FileManager.default.createDirectory(atPath: scratch.path + "/dir", withIntermediateDirectories: false)
        try Files.write("{}", to: scratch.path + "/mine")
        #expect(PresentationFile.squat(at: scratch.path + "/fifo", user: geteuid(), users: users) == "a FIFO of \(me)'s")
        #expect(PresentationFile.squat(at: scratch.path + "/link", user: geteuid(), users: users) == "a symbolic link of \(me)'s")
        #expect(PresentationFile.squat(at: scratch.path + "/dir", user: geteuid(), users: users) == "a directory of \(me)'s")
        #expect(PresentationFile.squat(at: scratch.path + "/mine", user: geteuid(), users: users) == nil)
        #expect(PresentationFile.squat(at: scratch.path + "/mine", user: 2002, users: users) == "a file of \(me)'s")
        #expect(PresentationFile.squat(at: scratch.path + "/none", user: geteuid(), users: users) == nil)
    }
}
