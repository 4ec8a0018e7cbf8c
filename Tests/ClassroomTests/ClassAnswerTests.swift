import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Class answers on disk: the per-presentation directory, the students' files and the presenter's
/// count of them. Who answered comes from the file's owner, never from the file.
@Suite struct ClassAnswerTests {
    let users = TableUsers()

    func answer(_ value: ClassAnswer.Value, session: String = "s1") -> ClassAnswer {
        ClassAnswer(session: session, lesson: "checking", page: "better", checkpoint: "order", value: value)
    }

    func directory(_ scratch: Scratch) throws -> AnswerDirectory {
        let answers = AnswerDirectory(presentationFile: try scratch.presentations().file("class"))
        try answers.prepare(user: geteuid(), users: users)
        return answers
    }

    func write(_ text: String, _ directory: AnswerDirectory, _ name: String, owner: uid_t? = nil, seconds: Int? = nil) throws {
        let path = directory.path + "/" + name
        try Files.write(text, to: path, owner: owner)
        if let seconds {
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
        }
    }

    func text(_ answer: ClassAnswer) -> String { String(decoding: answer.encoded(), as: UTF8.self) }

    @Test func anAnswerReadsBackAndGarbageIsRefused() {
        for value in [ClassAnswer.Value.choice(2), .number(-3.0001)] {
            #expect((try? ClassAnswer.decode(answer(value).encoded()).get()) == answer(value))
        }
        #expect(ClassAnswer.decode(Data("{\"version\": 1".utf8)) == .failure(.unreadable("not a JSON object")))
        #expect(ClassAnswer.decode(Data("{\"version\": 1}".utf8)) == .failure(.unreadable("not an answer file")))
        #expect(ClassAnswer.decode(Data(repeating: 0x20, count: 2000)) == .failure(.unreadable("larger than 1024 bytes")))
        #expect(ClassAnswer.decode(answer(.choice(500)).encoded()) == .failure(.unreadable("the choice is out of range")))
        #expect(answer(.choice(0)).encoded().count < 200, "a student's file is tiny")
    }

    @Test func thePresenterMakesTheDirectoryStickyAndRefusesOneMadeByAnother() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let answers = try directory(scratch)
        #expect(answers.path.hasSuffix("/presentations/class.answers"))
        #expect(Files.mode(answers.path) == 0o1777)
        try answers.prepare(user: geteuid(), users: users)  // its own directory again: fine

        let link = AnswerDirectory(path: scratch.path + "/presentations/link.answers")
        symlink(scratch.path, link.path)
        #expect(throws: ClassroomError("class answers are off: link.answers is a symbolic link of \(users.userName(geteuid()))'s")) {
            try link.prepare(user: geteuid(), users: users)
        }
        guard isRoot else { return }
        let other = AnswerDirectory(path: scratch.path + "/presentations/bob.answers")
        mkdir(other.path, 0o1777)
        expectOwnerChanged(chown(other.path, 2002, 2002), other.path)
        #expect(throws: ClassroomError("class answers are off: bob.answers is a directory of bob's")) {
            try other.prepare(user: geteuid(), users: users)
        }
    }

    @Test func aFollowerWritesItsOwnFileOnlyIntoThePresentersDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let answers = try directory(scratch)
        let me = PresentationName.sanitized(users.userName(geteuid()))
        let sender = AnswerSender(system: ClassroomSystem(users: users))
        try sender.send(answer(.choice(1)), presentationFile: scratch.path + "/presentations/class.json", presenter: geteuid())
        let path = answers.path + "/" + me + ".json"
        #expect(Files.mode(path) == 0o644)
        #expect(try ClassAnswer.decode(Data(contentsOf: URL(fileURLWithPath: path))).get() == answer(.choice(1)))
        try sender.send(answer(.choice(2)), presentationFile: scratch.path + "/presentations/class.json", presenter: geteuid())
        #expect(try ClassAnswer.decode(Data(contentsOf: URL(fileURLWithPath: path))).get() == answer(.choice(2)), "rewritten, not appended")

        #expect(throws: ClassroomError("other.answers does not exist (the presenter does not collect answers)")) {
            try sender.send(answer(.choice(1)), presentationFile: scratch.path + "/presentations/other.json", presenter: geteuid())
        }
        guard isRoot else { return }
        expectOwnerChanged(chown(answers.path, 2002, 2002), answers.path)
        #expect(throws: ClassroomError("class.answers belongs to bob, not the presenter")) {
            try sender.send(answer(.choice(1)), presentationFile: scratch.path + "/presentations/class.json", presenter: 2001)
        }
        expectOwnerChanged(chown(answers.path, 0, 0), answers.path)
        // A classmate's file under the student's name: the student writes beside it.
        let squatted = AnswerSender(system: ClassroomSystem(users: users, user: 2001))
        try write(text(answer(.choice(0))), answers, "alice.json", owner: 2002)
        try squatted.send(answer(.choice(1)), presentationFile: scratch.path + "/presentations/class.json", presenter: geteuid())
        let written = try FileManager.default.contentsOfDirectory(atPath: answers.path).filter { $0.hasPrefix("alice-") }
        #expect(written.count == 1, "\(written)")
    }

    @Test func thePresenterCountsOneAnswerPerOwnerAndIgnoresGarbageOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let answers = try directory(scratch)
        let collector = AnswerCollector(directory: answers, users: users)
        #expect(collector.collect(session: "s1") == .init(answers: [], ignored: []))

        try write(text(answer(.choice(1))), answers, "me.json", seconds: 100)
        try write(text(answer(.choice(2))), answers, "me-again.json", seconds: 200)
        try write(text(answer(.choice(0), session: "old")), answers, "me-old.json", seconds: 300)
        try write(text(answer(.choice(0))), answers, ".me.json.tmp-abc123", seconds: 400)
        try write("{\"version\": 1, \"session\": ", answers, "garbage.json")
        try write(String(repeating: "x", count: 100_000), answers, "huge.json")
        mkfifo(answers.path + "/fifo.json", 0o644)
        let first = collector.collect(session: "s1")
        #expect(first.answers == [answer(.choice(2))], "one per owner, the newest of this session; a temporary file is not read")
        let me = users.userName(geteuid())
        #expect(first.ignored == ["fifo.json: it is a FIFO", "a file of \(me)'s (garbage.json): not a JSON object",
                                  "a file of \(me)'s (huge.json): larger than 1024 bytes"])
        let again = collector.collect(session: "s1")
        #expect(again == .init(answers: [answer(.choice(2))], ignored: []), "unchanged files are neither read nor reported again")

        guard isRoot else { return }
        try write(text(answer(.choice(0))), answers, "alice.json", owner: 2001)
        try write(text(answer(.choice(1))), answers, "bob.json", owner: 2002)
        try write(text(answer(.choice(1))), answers, "bob2.json", owner: 2002)
        let counted = collector.collect(session: "s1").answers
        #expect(counted == [answer(.choice(2)), answer(.choice(0)), answer(.choice(1))], "three students, by user id")
    }

    @Test func thePresenterReadsAnswersAtMostOnceASecond() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let clock = FakeClock()
        let system = ClassroomSystem(clock: clock, liveness: FakeProcesses(), users: users, cpu: FakeCPU())
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        let answers = AnswerDirectory(presentationFile: publisher.path)
        try answers.prepare(user: geteuid(), users: users)
        let session = ClassroomSession(role: .presenter(publisher), cpu: FakeCPU(), collector: AnswerCollector(directory: answers, users: users))
        let mine = ClassAnswer(session: publisher.session, lesson: "l", page: "p", checkpoint: "c", value: .choice(0))
        try write(text(mine), answers, "me.json", seconds: 100)
        #expect(session.collectAnswers(now: 10))
        #expect(session.takeAnswers()?.answers == [mine])
        #expect(session.takeAnswers() == nil, "delivered once")
        try write(text(ClassAnswer(session: publisher.session, lesson: "l", page: "p", checkpoint: "c", value: .choice(1))), answers, "me.json", seconds: 200)
        #expect(!session.collectAnswers(now: 10.5), "not again within a second")
        #expect(session.collectAnswers(now: 11))
        #expect(session.takeAnswers()?.answers.first?.value == .choice(1))
        #expect(!session.collectAnswers(now: 12), "nothing new")

        // Waiting: the answers are read only while the host says a checkpoint is on screen.
        try write(text(mine), answers, "me.json", seconds: 300)
        var waits: [Double] = []
        var now = 20.0
        _ = session.nextEvent(timeout: 3, now: { now }) { (seconds: Double) -> Int? in
            waits.append(seconds)
            now += seconds
            return nil
        }
        #expect(session.takeAnswers() == nil, "not collecting: the file was not read")
        session.collectsAnswers = true
        now = 40
        _ = session.nextEvent(timeout: 3, now: { now }) { (seconds: Double) -> Int? in
            now += seconds
            return nil
        }
        #expect(session.takeAnswers()?.answers == [mine])
        session.leave()
        #expect(!FileManager.default.fileExists(atPath: answers.path), "the presenter removes the answers when it leaves")
    }

    @Test func revealedCountsTravelInThePresentationFileAndAreChecked() {
        var state = PresentationState(name: "class", seed: 3)
        state.heartbeat = 1
        state.answers = [AnswerSummary(checkpoint: "order", answered: 3, right: 2, bars: [.init(label: "1", count: 1, right: false),
                                                                                            .init(label: "2", count: 2, right: true)])]
        #expect((try? PresentationState.decode(state.encoded()).get())?.answers == state.answers)
        state.answers?[0].right = 5
        #expect(PresentationState.decode(state.encoded()) == .failure(.unreadable("the answer counts are not valid")))
        state.answers?[0].right = 2
        state.answers?[0].bars[0].label = "\u{1B}[2J"
        #expect(PresentationState.decode(state.encoded()) == .failure(.unreadable("an answer label is not valid")))
    }
}
