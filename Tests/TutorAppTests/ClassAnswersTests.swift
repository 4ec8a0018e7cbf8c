import Classroom
import Course
import Experiments
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// Class answers through the model: a follower's answer becomes an effect for its host, the
/// presenter counts what its host read, `a` puts the counts into the presentation file, and a
/// follower shows what was revealed. Counts only: no names reach either screen.
@Suite struct ClassAnswersTests {
    /// A presenter (or follower) on the "better" page, whose checkpoint `order` has choices 10, 100 (right), 1000.
    static func presenterOnCheckpoint() throws -> TutorModel {
        var model = try FollowModeTests.presenter()
        model.update(.resize(width: 100, height: 60))
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        #expect(model.currentPage?.id == "better")
        return model
    }

    static func answer(_ value: ClassAnswer.Value, session: String = "s1", page: String = "better", checkpoint: String = "order") -> ClassAnswer {
        ClassAnswer(session: session, lesson: "checking", page: page, checkpoint: checkpoint, value: value)
    }

    static func text(_ model: TutorModel) -> String { model.view().lines().joined(separator: "\n") }

    @Test func aFollowerSendsItsAnswerOnlyWhileFollowingThePresentersPage() throws {
        var follower = try FollowModeTests.follower()
        follower.update(.presentation(.update(FollowModeTests.state(page: "better"))))
        #expect(follower.currentPage?.id == "better")
        let effects = follower.update(.key(.character("2")))
        #expect(effects == [.saveProgress, .sendClassAnswer(Self.answer(.choice(1)))])

        // Stepping out to explore: answers stay the student's own.
        follower.update(.key(.character("f")))
        #expect(follower.classroom?.exploring == true)
        #expect(follower.update(.key(.character("3"))) == [.saveProgress], "an explorer sends nothing")

        // A follower of no one, and a presenter, send nothing either.
        var alone = try TutorModelTests.makeModel()
        alone.update(.key(.enter))
        alone.update(.key(.character("n")))
        #expect(alone.update(.key(.character("2"))) == [.saveProgress])
        var presenter = try Self.presenterOnCheckpoint()
        #expect(presenter.update(.key(.character("2"))) == [.saveProgress])
    }

    @Test func aFollowerSendsNumericAnswersAsNumbers() throws {
        var follower = try FollowModeTests.follower()
        follower.update(.presentation(.update(FollowModeTests.state(lesson: "numbers", page: "cube"))))
        #expect(follower.currentPage?.id == "cube")
        for key in "3.0001" { follower.update(.key(.character(key))) }
        let effects = follower.update(.key(.enter))
        let expected = ClassAnswer(session: "s1", lesson: "numbers", page: "cube", checkpoint: "cube-estimate", value: .number(3.0001))
        #expect(effects == [.saveProgress, .sendClassAnswer(expected)])
    }

    @Test func thePresenterCountsTheAnswersAndRevealsThemWithA() throws {
        var presenter = try Self.presenterOnCheckpoint()
        #expect(presenter.collectsAnswers)
        presenter.update(.key(.character("G")))
        #expect(Self.text(presenter).contains("Class: no answers yet (a shows the class)"))
        #expect(FollowModeTests.footer(presenter).contains("a show answers"), "\(FollowModeTests.footer(presenter))")

        let answers = [Self.answer(.choice(1)), Self.answer(.choice(1)), Self.answer(.choice(0)),
                       Self.answer(.choice(2), page: "two-sided"), Self.answer(.choice(0), checkpoint: "other")]
        let effects = presenter.update(.classAnswers(answers, ignored: []))
        #expect(effects.isEmpty, "nothing is published before the answers are revealed")
        #expect(presenter.presentationSnapshot?.answers == nil)
        let screen = Self.text(presenter)
        #expect(screen.contains("Class: 3 answered, 2 right (a shows the class)"), "\(screen)")
        let lines = presenter.view().lines().map { $0.trimmingCharacters(in: .whitespaces) }
        let title = try #require(lines.firstIndex { $0.hasPrefix("Class: 3 answered") })
        let bars = Array(lines[(title + 1)...].prefix(3))
        #expect(bars[0].hasPrefix("1 █") && bars[0].hasSuffix("█ 1"), "\(bars)")
        #expect(bars[1].hasPrefix("2 █") && bars[1].hasSuffix("█ 2 ✓"), "\(bars)")
        #expect(bars[2] == "3  0", "no bar for no answers: \(bars)")
        let (one, two) = (bars[0].filter { $0 == "█" }.count, bars[1].filter { $0 == "█" }.count)
        #expect(abs(two - 2 * one) <= 1 && two > 40, "bars scale with the counts: \(bars)")

        let revealing = presenter.update(.key(.character("a")))
        #expect(revealing.contains(.publishPresentation))
        let published = try #require(presenter.presentationSnapshot?.answers)
        #expect(published == [AnswerSummary(checkpoint: "order", answered: 3, right: 2, bars: [
            .init(label: "1", count: 1, right: false), .init(label: "2", count: 2, right: true), .init(label: "3", count: 0, right: false),
        ])])
        #expect(Self.text(presenter).contains("Class: 3 answered, 2 right (shown to the class; a hides)"))
        // A new answer while revealed goes out at once.
        #expect(presenter.update(.classAnswers(answers + [Self.answer(.choice(2))], ignored: [])) == [.publishPresentation])
        #expect(presenter.presentationSnapshot?.answers?.first?.answered == 4)

        // Turning the page hides them again; so does a second a.
        presenter.update(.key(.character("p")))
        #expect(presenter.presentationSnapshot?.answers == nil)
        #expect(!presenter.collectsAnswers, "no checkpoint on the first page: the host stops reading")
        presenter.update(.key(.character("n")))
        #expect(presenter.presentationSnapshot?.answers == nil)
        presenter.update(.key(.character("a")))
        #expect(presenter.presentationSnapshot?.answers != nil)
        presenter.update(.key(.character("a")))
        #expect(presenter.presentationSnapshot?.answers == nil)
    }

    @Test func ignoredAnswerFilesAreNoticedOnThePresentersScreen() throws {
        var presenter = try Self.presenterOnCheckpoint()
        presenter.update(.classAnswers([], ignored: ["a file of bob's (bob.json): not a JSON object", "x.json: it is a FIFO"]))
        #expect(FollowModeTests.footer(presenter).contains("Ignored an answer file: a file of bob's (bob.json): not a JSON object (and 1 more)."))
    }

    @Test func aFollowerShowsWhatThePresenterRevealed() throws {
        var presenter = try Self.presenterOnCheckpoint()
        presenter.update(.classAnswers([Self.answer(.choice(1)), Self.answer(.choice(0))], ignored: []))
        var follower = try FollowModeTests.follower(width: 100, height: 60)
        follower.update(.presentation(.update(FollowModeTests.published(presenter))))
        follower.update(.key(.character("G")))
        #expect(!Self.text(follower).contains("Class:"), "nothing before the reveal")
        presenter.update(.key(.character("a")))
        follower.update(.presentation(.update(FollowModeTests.published(presenter))))
        let screen = Self.text(follower)
        #expect(screen.contains("Class: 2 answered, 1 right"), "\(screen)")
        #expect(!screen.contains("a shows") && !screen.contains("a hides"), "the presenter's key is not the follower's")
        #expect(follower.view().lines().filter { $0.contains("█") }.count == 2)
    }

    @Test func numericAnswersMakeAHistogram() throws {
        let checkpoint = Checkpoint(id: "n", question: "?", answer: .numeric(answer: 3, tolerance: 0.5), explanation: "", line: 1)
        let few = AnswerTally.summary(of: checkpoint, values: [.number(3), .number(3), .number(2.9), .number(10)])
        #expect(few == AnswerSummary(checkpoint: "n", answered: 4, right: 3, bars: [
            .init(label: "2.9", count: 1, right: true), .init(label: "3", count: 2, right: true), .init(label: "10", count: 1, right: false),
        ]))
        let many = AnswerTally.summary(of: checkpoint, values: (0...12).map { .number(Double($0)) })
        #expect(many.bars.count == AnswerTally.maximumNumericBars)
        #expect(many.bars.map(\.count).reduce(0, +) == 13, "every answer is in one bar")
        #expect(many.bars.first?.label == "0–2" && many.bars.last?.label == "10–12", "\(many.bars.map(\.label))")
        #expect(many.bars[1].right == nil, "2–4 holds right and wrong answers")
        #expect(many.right == 1)
        #expect(many.bars.allSatisfy { $0.label.count <= AnswerSummary.maximumLabelLength })
    }
}
