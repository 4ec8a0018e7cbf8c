import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The shared directory's refusals: each unsafe directory is refused with a message saying why.
@Suite struct PresentationDirectoryTests {
    let users = TableUsers()

    @Test func anExplicitDirectoryIsCreatedWorldWritableWithTheStickyBit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = PresentationDirectory(path: scratch.path + "/made/here", isExplicit: true)
        try directory.prepare(user: 2001, users: users)
        #expect(Files.mode(directory.path) == 0o1777)
    }

    @Test func theSharedDirectoryIsCreatedOnlyByRoot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let shared = PresentationDirectory(path: scratch.path + "/dltutor-presentations", isExplicit: false)
        let error = #expect(throws: ClassroomError.self) { try shared.prepare(user: 2001, users: users) }
        let message = error?.description ?? ""
        #expect(message.contains("\(shared.path) does not exist, and only root may create it"), "\(message)")
        #expect(message.contains("echo 'd \(shared.path) 1777 root root -' | sudo tee /etc/tmpfiles.d/dltutor.conf"))
        #expect(message.contains("sudo mkdir -m 1777 \(shared.path)"))
        #expect(!FileManager.default.fileExists(atPath: shared.path), "a student does not create it")
        try shared.prepare(user: 0, users: users)
        #expect(Files.mode(shared.path) == 0o1777, "root does")
    }

    @Test func aDirectoryWithoutTheStickyBitIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        chmod(directory.path, 0o777)
        let error = #expect(throws: ClassroomError.self) { try directory.prepare(user: geteuid(), users: users) }
        #expect(error?.description == "\(directory.path) is writable by everyone but has no sticky bit, so anyone could replace a presentation; fix it with: chmod 1777 \(directory.path)")
        chmod(directory.path, 0o755)
        try directory.prepare(user: geteuid(), users: users)  // not world-writable: fine without it
    }

    @Test(.enabled(if: isRoot)) func aDirectoryOwnedByAnotherUserIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        chown(directory.path, 2002, 2002)
        let error = #expect(throws: ClassroomError.self) { try directory.prepare(user: 2001, users: users) }
        #expect(error?.description.hasPrefix("\(directory.path) belongs to bob, who could remove your presentation;") == true, "\(error?.description ?? "")")
        try directory.prepare(user: 2002, users: users)  // its owner may present there
        chown(directory.path, 0, 0)
        try directory.prepare(user: 2001, users: users)  // and anyone when root owns it
    }

    @Test func aSymbolicLinkOrAFileInPlaceOfTheDirectoryIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = try scratch.presentations()
        let link = scratch.path + "/link"
        symlink(target.path, link)
        let linked = #expect(throws: ClassroomError.self) {
            try PresentationDirectory(path: link, isExplicit: true).prepare(user: geteuid(), users: users)
        }
        #expect(linked?.description.hasPrefix("\(link) is a symbolic link, not a directory") == true)
        let file = scratch.path + "/file"
        try Files.write("x", to: file)
        let notDirectory = #expect(throws: ClassroomError.self) {
            try PresentationDirectory(path: file, isExplicit: true).prepare(user: geteuid(), users: users)
        }
        #expect(notDirectory?.description == "\(file) is not a directory; set DLTUTOR_PRESENT_DIR to a directory for presentations")
    }

    @Test func theEnvironmentChoosesAnExplicitDirectory() {
        let explicit = PresentationDirectory.standard(environment: ["DLTUTOR_PRESENT_DIR": "/tmp/x"])
        #expect(explicit.path == "/tmp/x" && explicit.isExplicit)
        let shared = PresentationDirectory.standard(environment: ["DLTUTOR_PRESENT_DIR": ""])
        #expect(shared.path == PresentationDirectory.defaultPath && !shared.isExplicit)
    }

    @Test func filesForANameAreTheSharedOneThenThePresentersOwn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        for name in ["class.json", "class.alice-1.json", "classic.json", ".class.json.tmp-1", "class.bob-2.json", "other.json"] {
            try Files.write("{}", to: directory.path + "/" + name)
        }
        #expect(directory.files(for: "class") == ["class.json", "class.alice-1.json", "class.bob-2.json"].map { directory.path + "/" + $0 })
        #expect(directory.names() == ["class", "classic", "other"])
    }
}
