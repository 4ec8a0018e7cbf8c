@testable import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ClassroomConfigurationTests {
    @Test func namesTheInstructorsGroup() throws {
        let text = "# who presents\n\n  instructors = teachers  \n"
        #expect(try ClassroomConfigurationTests.load(text).instructorGroup == "teachers")
    }

    @Test func aMissingFileIsAnEmptyConfiguration() throws {
        #expect(try ClassroomConfiguration.load(path: "/nonexistent-\(getpid())/classroom.conf") == ClassroomConfiguration())
    }

    @Test func aLineThatIsNotASettingIsRefusedWithItsNumber() throws {
        let error = #expect(throws: ClassroomError.self) { _ = try ClassroomConfigurationTests.load("instructors = teachers\nstudents = all\n") }
        #expect(error?.description.hasSuffix("line 2: expected 'instructors = GROUP', found 'students = all'") == true)
    }

    @Test(.enabled(if: isRoot)) func aFileOthersCouldHaveWrittenIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/classroom.conf"
        try Files.write("instructors = teachers\n", to: path)
        chmod(path, 0o664)
        let writable = #expect(throws: ClassroomError.self) { _ = try ClassroomConfiguration.load(path: path) }
        #expect(writable?.description.hasPrefix("\(path) must belong to root and be writable by no one else") == true)
        chmod(path, 0o644)
        chown(path, 2002, 2002)
        #expect(throws: ClassroomError.self) { _ = try ClassroomConfiguration.load(path: path) }
        chown(path, 0, 0)
        #expect(try ClassroomConfiguration.load(path: path).instructorGroup == "teachers")
    }

    @Test func theEnvironmentMayPointElsewhere() {
        #expect(ClassroomConfiguration.path(environment: [:]) == "/etc/dltutor/classroom.conf")
        #expect(ClassroomConfiguration.path(environment: ["DLTUTOR_CLASSROOM_CONF": "/tmp/c"]) == "/tmp/c")
    }

    static func load(_ text: String) throws -> ClassroomConfiguration {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/classroom.conf"
        try Files.write(text, to: path)
        chmod(path, 0o644)
        if isRoot { return try ClassroomConfiguration.load(path: path) }
        return try ClassroomConfiguration.parse(text, path: path)
    }
}

@Suite struct TrustedPresentersTests {
    let users = TableUsers()

    @Test func aNamedPresenterWinsOverTheGroup() throws {
        let trust = try TrustedPresenters.resolve(user: "bob", configuration: ClassroomConfiguration(instructorGroup: "teachers"), users: users, ownUser: 2001)
        #expect(trust.rule == .user(2002, name: "bob"))
        #expect(trust.trusts(2002, users: users) && !trust.trusts(2001, users: users))
    }

    @Test func theGroupThenOnesOwnUser() throws {
        let group = try TrustedPresenters.resolve(user: nil, configuration: ClassroomConfiguration(instructorGroup: "teachers"), users: users, ownUser: 2002)
        #expect(group.trusts(2001, users: users) && !group.trusts(2002, users: users))
        let own = try TrustedPresenters.resolve(user: nil, configuration: ClassroomConfiguration(), users: users, ownUser: 2002)
        #expect(own.trusts(2002, users: users) && !own.trusts(2001, users: users) && !own.trusts(0, users: users))
    }

    @Test func unknownUsersAndGroupsAreRefused() {
        let user = #expect(throws: ClassroomError.self) {
            _ = try TrustedPresenters.resolve(user: "carol", configuration: ClassroomConfiguration(), users: users, ownUser: 2002)
        }
        #expect(user?.description == "there is no user 'carol' on this host; follow NAME@USER with the presenter's login name")
        #expect(throws: ClassroomError.self) {
            _ = try TrustedPresenters.resolve(user: nil, configuration: ClassroomConfiguration(instructorGroup: "nobody-here"), users: users, ownUser: 2002)
        }
    }
}
