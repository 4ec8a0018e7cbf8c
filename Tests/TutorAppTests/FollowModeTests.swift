import Classroom
import Course
import Experiments
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// Presenting and following, driven by messages: the presenter's snapshots are fed to followers
/// as the host would after reading the presenter's file, and the screens are read back as text.
@Suite struct FollowModeTests {
    static func presenter(seed: UInt64 = 7) throws -> TutorModel {
        var model = TutorModel(course: try TutorModelTests.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(), seed: seed)
        model.update(.resize(width: 80, height: 24))
        model.startPresenting(as: "alice")
        return model
    }

    static func follower(width: Int = 80, height: Int = 24) throws -> TutorModel {
        var model = TutorModel(course: try TutorModelTests.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(), seed: 99)
        model.update(.resize(width: width, height: height))
        model.startFollowing("alice")
        return model
    }

    /// What the host would read from the presenter's file right now.
    static func published(_ presenter: TutorModel, session: String = "s1") -> PresentationState {
        var state = presenter.presentationSnapshot!
        state.session = session
        state.heartbeat = 1000
        return state
    }

    static func state(lesson: String? = "checking", page: String? = "two-sided", knobs: [String] = ["function=cube", "theta=1"],
                      run: Int = 0, showingRun: Bool = false, session: String = "s1") -> PresentationState {
        var state = PresentationState(name: "alice", lesson: lesson, page: page, experiment: page == "two-sided" ? "gradcheck.epsilon" : nil,
                                      knobs: page == "two-sided" ? knobs : [], run: run, showingRun: showingRun, seed: 7)
        state.session = session
        state.heartbeat = 1000
        return state
    }

    static func header(_ model: TutorModel) -> String { model.view().lines()[0] }
    /// The footer as drawn: its rows joined by spaces (a long notice wraps over several).
    static func footer(_ model: TutorModel) -> String {
        model.view().lines().suffix(model.footerHeight).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func aFollowerWaitsThenMovesToThePresentersPage() throws {
        var model = try Self.follower()
        #expect(Self.header(model).hasSuffix("[waiting for alice]"))
        #expect(model.update(.presentation(.gone(.noFile))).isEmpty)
        #expect(model.classroom?.presenter == .waiting, "no presenter yet is waiting, not gone")

        let effects = model.update(.presentation(.update(Self.state(knobs: ["function=sin", "theta=0.5"]))))
        #expect(effects == [.saveProgress], "the page the presenter opened counts as visited")
        #expect(model.screen == .lesson)
        #expect(model.currentPage?.id == "two-sided")
        let lines = model.view().lines()
        #expect(lines[0].hasPrefix(" Gradient checking › Two-sided differences"))
        #expect(lines[0].hasSuffix("[following alice]  page 1/2"))
        // A follower sees the experiment beside the text (the split view) until they pick a view.
        #expect(lines.contains(" function: sin   theta: 0.5   points-per-decade: 4"))
        #expect(lines[23] == "alice is presenting: following.")
        model.update(.key(.down))  // any key clears the notice; no checkpoint on this page, so no "1-9 answer"
        #expect(Self.footer(model) == "following alice   f explore   ↑↓ scroll   v view   ? help   q quit")
    }

    @Test func aFollowerRunsWhatThePresenterRunsWithItsSeed() throws {
        var presenter = try Self.presenter(seed: 7)
        var follower = try Self.follower()
        presenter.update(.key(.enter))
        presenter.update(.key(.tab))
        presenter.update(.key(.right))  // function: sin
        presenter.update(.key(.down))
        presenter.update(.key(.left))   // theta: 0.75
        follower.update(.presentation(.update(Self.published(presenter))))
        #expect(follower.live == nil, "changing knobs does not run")
        #expect(follower.settings == presenter.settings)

        presenter.update(.key(.character("r")))
        #expect(presenter.classroom?.runCounter == 1)
        follower.update(.presentation(.update(Self.published(presenter))))
        #expect(follower.live?.seed == 7, "the presenter's seed, not the follower's own")
        #expect(follower.live?.settings == presenter.live?.settings)
        TutorModelTests.finishRun(&presenter)
        TutorModelTests.finishRun(&follower)
        // The same chart and findings, row for row, in the same view (the header badge and footer differ).
        presenter.chosenView = .lab
        follower.chosenView = .lab
        let presenterRows = presenter.view().lines().dropFirst().dropLast()
        let followerRows = follower.view().lines().dropFirst().dropLast()
        #expect(Array(presenterRows.dropFirst(5)) == Array(followerRows.dropFirst(5)))
        #expect(followerRows.joined().contains("sin θ at θ=0.75"))

        // The same state read again (a heartbeat) does not run again; a new run does.
        let firstRun = follower.live?.token
        #expect(follower.update(.presentation(.update(Self.published(presenter)))).isEmpty)
        #expect(follower.live?.token == firstRun)
        presenter.update(.key(.character("r")))
        let effects = follower.update(.presentation(.update(Self.published(presenter))))
        let second = try #require(follower.live)
        #expect(second.token != firstRun)
        #expect(effects == [.startRun(second.request)], "the follower's host starts it, through the same effect")
        #expect(follower.isRunning)
    }

    @Test func keysThatWouldLeaveThePresenterAreHeldBack() throws {
        var model = try Self.follower()
        model.update(.presentation(.update(Self.state())))
        for key: Key in [.character("n"), .character("p"), .right, .character("r"), .enter, .backspace] {
            #expect(model.update(.key(key)).isEmpty)
            #expect(model.pageIndex == 0 && model.screen == .lesson && model.live == nil && model.focus == .text)
            #expect(Self.footer(model) == "Following alice: press f to explore on your own.")
        }
        model.update(.key(.down))
        #expect(model.textScroll == 1, "scrolling is the student's own")
        model.update(.key(.character("?")))
        #expect(model.overlay == .help)
        model.update(.key(.escape))
        #expect(model.update(.key(.character("q"))) == [.quit], "q leaves the class at once")
    }

    @Test func fStepsOutToExploreAndRejoins() throws {
        var model = try Self.follower()
        model.update(.presentation(.update(Self.state())))
        model.update(.key(.character("f")))
        #expect(model.classroom?.exploring == true)
        #expect(Self.header(model).hasSuffix("[exploring — press f to rejoin]  page 1/2"))
        #expect(Self.footer(model) == "Exploring on your own. Press f to rejoin alice.")
        model.update(.key(.character("n")))
        #expect(model.pageIndex == 1, "keys are the student's own while exploring")
        // The presenter moves on meanwhile: remembered, not followed.
        model.update(.presentation(.update(Self.state(knobs: ["theta=1.5"], run: 1, showingRun: true))))
        #expect(model.pageIndex == 1 && model.live == nil)
        model.update(.key(.character("f")))
        #expect(model.classroom?.exploring == false)
        #expect(model.pageIndex == 0)
        #expect(model.settings?["theta"] == .number(1.5))
        #expect(model.live != nil, "rejoining shows the presenter's run")
        #expect(Self.header(model).contains("[following alice]"))
        #expect(Self.footer(model) == "Following alice again.")
    }

    @Test func thePresenterLeavingFreesTheKeysAndARestartIsFollowed() throws {
        var model = try Self.follower()
        model.update(.presentation(.update(Self.state(run: 3, showingRun: true))))
        TutorModelTests.finishRun(&model)
        model.update(.presentation(.gone(.stale)))
        #expect(model.classroom?.presenter == .gone)
        #expect(Self.header(model).contains("[presenter gone]"))
        #expect(Self.footer(model).hasPrefix("The presenter has left."))
        #expect(model.view().lines().joined().contains("100% done"), "the last chart stays on screen")
        model.update(.key(.character("n")))
        #expect(model.pageIndex == 1, "keys work once the presenter has gone")
        model.update(.presentation(.gone(.noFile)))
        #expect(model.pageIndex == 1)

        // The presenter starts again (a new session, its run counter back at 1): followed again.
        model.update(.presentation(.update(Self.state(run: 1, showingRun: true, session: "s2"))))
        #expect(model.classroom?.presenter == .present)
        #expect(model.pageIndex == 0)
        #expect(model.isRunning, "a restarted presenter's run on screen is shown")
        #expect(Self.header(model).contains("[following alice]"))
    }

    @Test func thePresenterGoingBackToTheLessonListIsFollowed() throws {
        var model = try Self.follower()
        model.update(.presentation(.update(Self.state())))
        model.update(.presentation(.update(Self.state(lesson: "numbers", page: nil))))
        #expect(model.screen == .overview)
        #expect(model.lessonIndex == 2)
        #expect(Self.header(model).hasSuffix("[following alice]"))
        #expect(model.view().lines().contains(" ▶ 3. Numbers  (0/1 pages)"))
    }

    /// Garbage from the presenter: each is ignored with a notice, and the follower stays put.
    @Test(arguments: [
        ("{\"version\": 1, \"name\": ", "not a JSON object"),
        ("[1, 2, 3]", "not a JSON object"),
        ("{}", "field 'version' is missing"),
        ("{\"version\": 1, \"name\": \"alice\", \"heartbeat\": 1000, \"run\": \"many\", \"seed\": 7}", "field 'run' has the wrong type"),
        ("{\"version\": 1, \"name\": \"alice\", \"heartbeat\": 1000, \"run\": -2, \"seed\": 7}", "the run counter is negative"),
        ("{\"version\": 2, \"name\": \"alice\", \"heartbeat\": 1000, \"run\": 0, \"seed\": 7}", "format version 2 is not supported"),
        ("{\"version\": 1, \"name\": \"../etc\", \"heartbeat\": 1000, \"run\": 0, \"seed\": 7}", "the name is not valid"),
        ("{\"version\": 1, \"name\": \"alice\", \"heartbeat\": 1000, \"run\": 0, \"seed\": -1}", "is not valid"),
    ])
    func malformedFilesAreIgnoredWithANotice(text: String, reason: String) throws {
        var model = try Self.follower(width: 160)
        model.update(.presentation(.update(Self.state(page: "better"))))
        guard case .failure(let error) = PresentationState.decode(Data(text.utf8)) else {
            Issue.record("decoded garbage: \(text)")
            return
        }
        #expect(error.description.contains(reason), "\(error.description)")
        model.update(.presentation(.unreadable(error.description)))
        #expect(model.pageIndex == 1 && model.classroom?.presenter == .present)
        #expect(Self.footer(model).hasPrefix("Ignored an update from alice: "), "\(Self.footer(model))")
        #expect(Self.footer(model).contains(reason), "\(Self.footer(model))")
        #expect(model.classroom?.refusedUpdates == 1)
    }

    /// A small seeded generator (SplitMix64), so a damaged file that breaks a follower can be made again.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Whatever bytes the file holds, a follower refuses or follows them and never crashes. Each
    /// run tries new damage; `DLTUTOR_FUZZ_SEED=N` repeats the run that used seed N.
    @Test func randomlyDamagedFilesNeverCrashAFollower() throws {
        let seed = ProcessInfo.processInfo.environment["DLTUTOR_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        // Printed first, so that even a crash (which ends the test process) leaves the seed behind.
        print("randomlyDamagedFilesNeverCrashAFollower: seed \(seed) (repeat with DLTUTOR_FUZZ_SEED=\(seed))")
        var model = try Self.follower()
        let valid = [UInt8](Self.state(knobs: ["function=sin", "theta=0.5"], run: 2, showingRun: true).encoded())
        var generator = SeededGenerator(state: seed)
        let replacements: [String] = ["null", "-1", "1e308", "\"\"", "[]", "{}", "\"../x\"", "18446744073709551616", "true", "\"θ=NaN\""]
        for round in 0..<400 {
            var bytes = valid
            switch round % 4 {
            case 0:  // flip a few bytes
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            case 1:  // cut it short
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
            default:  // replace one value with something of another kind
                var text = String(decoding: bytes, as: UTF8.self)
                let colons = text.indices.filter { text[$0] == ":" }
                let colon = colons[Int.random(in: 0..<colons.count, using: &generator)]
                let end = text[colon...].firstIndex { $0 == "," || $0 == "}" } ?? text.endIndex
                text.replaceSubrange(text.index(after: colon)..<end, with: replacements.randomElement(using: &generator)!)
                bytes = Array(text.utf8)
            }
            switch PresentationState.decode(Data(bytes)) {
            case .success(let state): model.update(.presentation(.update(state)))
            case .failure(let error): model.update(.presentation(.unreadable(error.description)))
            }
            _ = model.view()
            TutorModelTests.finishRun(&model)
        }
        // Still following, and a good update still works.
        model.update(.presentation(.update(Self.state(page: "better"))))
        #expect(model.pageIndex == 1 && model.classroom?.presenter == .present,
                "still following after damaged files from seed \(seed) (repeat with DLTUTOR_FUZZ_SEED=\(seed))")
    }

    @Test func aHugeFileIsRefusedUnread() {
        let huge = Data(repeating: UInt8(ascii: " "), count: PresentationState.maximumFileSize + 1)
        guard case .failure(let error) = PresentationState.decode(huge) else {
            Issue.record("decoded a huge file")
            return
        }
        #expect(error.description == "the file is larger than 64 KB")
    }

    /// Well-formed states that do not fit the follower's course: ignored with a notice.
    @Test(arguments: [
        (state(lesson: "transformers"), "no lesson 'transformers' in this course"),
        (state(lesson: "broken", page: "x"), "lesson 'broken' cannot be opened here"),
        (state(page: "nope"), "no page 'nope' in lesson 'checking'"),
        (state(knobs: ["lambda=1"]), "experiment gradcheck.epsilon has no knob 'lambda'"),
        (state(knobs: ["theta=9"]), "9 is out of range for theta"),
        (state(knobs: ["function=cosh"]), "'cosh' is not a valid value for function"),
        (state(knobs: ["theta"]), "'theta' is not a knob setting"),
        (state(lesson: nil, page: "two-sided"), "a page without a lesson"),
        ({ var wrong = state(); wrong.experiment = "dropout.mask"; return wrong }(), "experiment 'dropout.mask' is not the one on this page"),
        ({ var other = state(); other.name = "bob"; return other }(), "the file names another presentation ('bob')"),
    ])
    func statesThatDoNotFitTheCourseAreIgnored(state: PresentationState, reason: String) throws {
        var model = try Self.follower(width: 160)
        model.update(.presentation(.update(Self.state(page: "better"))))
        #expect(model.update(.presentation(.update(state))).isEmpty)
        #expect(model.pageIndex == 1, "stays where it was")
        #expect(model.live == nil)
        #expect(Self.footer(model).hasPrefix("Ignored an update from alice: \(reason)"), "\(Self.footer(model))")
        // A good update afterwards is followed as usual.
        model.update(.presentation(.update(Self.state(knobs: ["theta=0.5"]))))
        #expect(model.pageIndex == 0)
        #expect(model.settings?["theta"] == .number(0.5))
    }

    @Test func aPresenterPublishesWhatChangedAndCountsRuns() throws {
        var model = try Self.presenter()
        #expect(Self.header(model).hasSuffix("[presenting alice]"))
        var snapshot = model.presentationSnapshot
        #expect(snapshot?.lesson == "checking" && snapshot?.page == nil && snapshot?.seed == 7)
        #expect(model.update(.key(.enter)).contains(.publishPresentation))
        #expect(model.update(.key(.down)) == [], "scrolling is not published")
        model.update(.key(.tab))
        model.update(.key(.down))
        #expect(model.update(.key(.right)).contains(.publishPresentation))
        #expect(model.update(.key(.character("r"))).contains(.publishPresentation))
        model.update(.key(.escape))
        model.update(.key(.character("r")))
        snapshot = model.presentationSnapshot
        #expect(snapshot?.page == "two-sided")
        #expect(snapshot?.experiment == "gradcheck.epsilon")
        #expect(snapshot?.knobs == ["function=cube", "theta=1.25", "points-per-decade=4"])
        #expect(snapshot?.run == 2)
        #expect(snapshot?.showingRun == true)
        #expect(snapshot?.runKnobs == snapshot?.knobs)
        model.update(.key(.character("n")))
        #expect(model.presentationSnapshot?.showingRun == false)
        #expect(model.presentationSnapshot?.run == 2)
    }

    @Test func stateSurvivesTheFileRoundTripExactly() throws {
        let experiment = try #require(ExperimentCatalog.experiment(id: "gradcheck.epsilon"))
        var settings = KnobSettings(knobs: experiment.knobs)
        settings.set("theta", to: .number(0.1 + 0.2))  // 0.30000000000000004: must not become 0.3
        let texts = PresentationState.assignments(settings)
        let back = try KnobSettings(experiment: experiment, assignments: texts)
        #expect(back == settings)

        var state = Self.state(knobs: texts, run: 4, showingRun: true)
        state.seed = UInt64.max
        state.pid = 1234
        state.runKnobs = texts
        guard case .success(let decoded) = PresentationState.decode(state.encoded()) else {
            Issue.record("round trip failed")
            return
        }
        #expect(decoded == state)
        #expect(decoded.isStale(now: 1000 + PresentationState.staleAfter + 1))
        #expect(!decoded.isStale(now: 1001))
    }

    @Test(arguments: [("alice", true), ("room-2_b", true), ("", false), ("../x", false), ("a b", false), ("café", false),
                      ("x.json", false), (String(repeating: "a", count: 65), false)])
    func presentationNamesAreSafeFileNames(name: String, valid: Bool) {
        #expect(PresentationName.isValid(name) == valid)
        #expect((PresentationName.problem(with: name) == nil) == valid)
        #expect(PresentationName.isValid(PresentationName.sanitized(name)))
    }

    /// `v` switches between the views of a page's experiment: a page without one has no views, so
    /// the follower's footer does not offer it there (and does beside an experiment).
    @Test func aFollowersFooterOffersVOnlyBesideAnExperiment() throws {
        var model = try Self.follower()
        model.update(.presentation(.update(Self.state(lesson: "numbers", page: "cube"))))
        model.update(.key(.down))
        #expect(model.currentPage?.experiment == nil)
        #expect(Self.footer(model) == "following alice   f explore   ↑↓ scroll   1-9 answer   ? help   q quit")
        model.update(.presentation(.update(Self.state())))
        model.update(.key(.down))
        #expect(Self.footer(model) == "following alice   f explore   ↑↓ scroll   v view   ? help   q quit")
    }

    @Test func asciiFollowerScreensHoldOnlyASCII() throws {
        var model = TutorModel(course: try TutorModelTests.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(charset: .ascii, color: false))
        model.update(.resize(width: 80, height: 24))
        model.startFollowing("alice")
        var screens = [model.view()]
        model.update(.presentation(.update(Self.state(run: 1, showingRun: true))))
        TutorModelTests.finishRun(&model)
        model.update(.key(.down))
        screens.append(model.view())
        model.update(.key(.character("f")))
        screens.append(model.view())
        model.update(.presentation(.gone(.noFile)))
        screens.append(model.view())
        for screen in screens {
            let text = screen.lines().joined(separator: "\n")
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
        }
        #expect(screens[2].lines()[0].contains("[exploring -- press f to rejoin]"))
    }
}
