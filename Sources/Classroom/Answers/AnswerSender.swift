import FileSupport
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The follower's side of class answers: writes the student's latest answer, atomically and
/// mode 0644, to their own file in the presenter's answers directory (`USER.json`, or
/// `USER-TAG.json` when a classmate put something under that name first).
public final class AnswerSender {
    let system: ClassroomSystem
    private let tag = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    public init(system: ClassroomSystem = ClassroomSystem()) {
        self.system = system
    }

    /// Sends `answer` to the presentation followed from `presentationFile`, whose owner is `presenter`.
    public func send(_ answer: ClassAnswer, presentationFile: String, presenter: uid_t) throws(ClassroomError) {
        let directory = AnswerDirectory(presentationFile: presentationFile)
        if let problem = directory.problemForSending(presenter: presenter, users: system.users) {
            throw ClassroomError(problem)
        }
        let user = PresentationName.sanitized(system.users.userName(system.user))
        var path = directory.path + "/" + user + ".json"
        if PresentationFile.squat(at: path, user: system.user, users: system.users) != nil {
            path = directory.path + "/" + user + "-" + tag + ".json"
        }
        do {
            try AtomicFileWriter(mode: 0o644).write(answer.encoded(), to: path)
        } catch {
            throw ClassroomError(error.description)
        }
    }
}
