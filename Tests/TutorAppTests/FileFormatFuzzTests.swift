import Classroom
import Course
import Experiments
import Localization
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// A seeded, bounded mutation fuzzer over every file dltutor reads that someone else may have
/// written: lessons, `course.txt`, `progress.json` and a presenter's state file.
///
/// Each case mutates a real file (the shipped course, a real progress file, a real presentation)
/// a few times — flipped bytes, inserted format tokens, control characters, CRLF, cut or doubled
/// ranges, splices of two files — and feeds it to the format's public entry point. The file must
/// be accepted (and then behave: a lesson has pages, saved progress reads back, a presentation
/// reaches a follower's screen) or rejected with a clear message: not empty, no Foundation error
/// codes, a line inside the file. A crash fails the whole run, so the seed is printed first.
///
/// Same seed, same cases: `DLTUTOR_FUZZ_SEED=N swift test --filter FileFormatFuzzTests` repeats a
/// failure (every failure names its seed and case); `DLTUTOR_FUZZ_CASES=N` runs N cases per
/// format instead of the default few hundred to a few thousand, for a longer run by hand (e.g.
/// `DLTUTOR_FUZZ_CASES=100000`, with a new `DLTUTOR_FUZZ_SEED` each time).
@Suite struct FileFormatFuzzTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["DLTUTOR_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_201
    static let scale = ProcessInfo.processInfo.environment["DLTUTOR_FUZZ_CASES"].flatMap { Int($0) }

    static func cases(_ standard: Int) -> Int { scale ?? standard }

    static func announce(_ format: String) {
        FileHandle.standardError.write(Data("FileFormatFuzzTests.\(format): seed \(seed) (DLTUTOR_FUZZ_SEED to change)\n".utf8))
    }

    static let shippedCourse: URL = try! CourseLocator.shippedCourse()

    /// Every shipped lesson file in every language, with its file name (the lesson id must match it).
    static let lessonFiles: [(name: String, data: Data)] = Language.allCases.flatMap { language -> [(name: String, data: Data)] in
        let folder = shippedCourse.appendingPathComponent(language.rawValue)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return names.compactMap { name in FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, $0) } }
    }
    static let lessonCorpus = lessonFiles.map(\.data)

    // MARK: Lessons

    @Test func mutatedLessonsParseOrFailClearly() throws {
        Self.announce("lessons")
        #expect(Self.lessonCorpus.count >= 10)
        let dir = try TemporaryDirectory("fuzz-lessons")
        var accepted = 0
        for index in 0..<Self.cases(2_000) {
            var random = FuzzRandom(seed: Self.seed, format: 1, index: index)
            let original = random.pick(Self.lessonFiles)
            let file = dir.url.appendingPathComponent(original.name)
            let bytes = Mutator(tokens: Mutator.lessonTokens).mutate(original.data, corpus: Self.lessonCorpus, random: &random)
            let label = "seed \(Self.seed), lesson case \(index)"
            switch FuzzedFormats.lesson(bytes, at: file) {
            case .success(let lesson):
                accepted += 1
                #expect(!lesson.pages.isEmpty, "\(label): an accepted lesson has pages")
                #expect(Set(lesson.pages.map(\.id)).count == lesson.pages.count, "\(label): page ids are unique")
            case .failure(let error):
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
                #expect((1...lines + 1).contains(error.line), "\(label): line \(error.line) of \(lines)")
                Self.expectClear(error.message, label)
            }
        }
        // Mutations are few per case: many cases still parse, so the checks above see both sides.
        #expect(accepted > 0 && accepted < Self.cases(2_000), "accepted \(accepted) of \(Self.cases(2_000))")
    }

    // MARK: The manifest

    @Test func mutatedManifestsLoadOrFailClearly() throws {
        Self.announce("manifest")
        let dir = try TemporaryDirectory("fuzz-manifest")
        for language in Language.allCases.map(\.rawValue) {
            try FileManager.default.copyItem(at: Self.shippedCourse.appendingPathComponent(language),
                                             to: dir.url.appendingPathComponent(language))
        }
        let shipped = try Data(contentsOf: Self.shippedCourse.appendingPathComponent(Manifest.fileName))
        let corpus = [shipped, Data(shipped.prefix(120)), Data("gradient-checking\r\ndropout\r\n".utf8)]
        for index in 0..<Self.cases(400) {
            var random = FuzzRandom(seed: Self.seed, format: 2, index: index)
            let bytes = Mutator(tokens: Mutator.manifestTokens).mutate(random.pick(corpus), corpus: corpus, random: &random)
            let label = "seed \(Self.seed), manifest case \(index)"
            switch FuzzedFormats.manifest(bytes, in: dir.url) {
            case .success(let course):
                #expect(!course.entries.isEmpty, "\(label): a loaded course lists lessons")
                for problem in course.problems {
                    Self.expectClear(problem.message, label)
                }
            case .failure(let error):
                Self.expectClear(error.message, label)
            }
        }
    }

    // MARK: Progress

    @Test func mutatedProgressLoadsOrIsSetAside() throws {
        Self.announce("progress")
        let dir = try TemporaryDirectory("fuzz-progress")
        let store = ProgressStore(directory: dir.url)
        var progress = StudentProgress()
        progress.markVisited(lesson: "gradient-checking", page: "two-sided")
        progress.markCompleted(lesson: "dropout", page: "keep-prob")
        progress.recordAnswer(lesson: "dropout", checkpoint: "scale", answer: .choice(1), correct: true)
        progress.recordAnswer(lesson: "gradient-checking", checkpoint: "relative", answer: .number(1e-7), correct: false)
        try store.save(progress)
        let corpus = [try Data(contentsOf: store.fileURL), Data(#"{"version": 1, "lessons": {}}"#.utf8)]
        for index in 0..<Self.cases(400) {
            var random = FuzzRandom(seed: Self.seed, format: 3, index: index)
            let bytes = Mutator(tokens: Mutator.jsonTokens).mutate(random.pick(corpus), corpus: corpus, random: &random)
            let label = "seed \(Self.seed), progress case \(index)"
            let outcome = FuzzedFormats.progress(bytes, in: store, save: index % 8 == 0)
            if let warning = outcome.warning {
                Self.expectClear(warning, label)
                #expect(warning.contains(store.fileURL.path), "\(label): the warning names the file: \(warning)")
            }
            if let failure = outcome.saveFailure {
                Self.expectClear(failure, label)
                #expect(failure.contains("newer dltutor"), "\(label): only a newer file refuses a save: \(failure)")
            } else if outcome.saved {
                #expect(store.load().warning == nil, "\(label): what was saved reads back")
            }
        }
    }

    // MARK: Presentations

    @Test func mutatedPresentationsAreUsedOrRefusedClearly() throws {
        Self.announce("presentation")
        let course = try CourseLoader.load(directory: Self.shippedCourse, language: .en)
        let lesson = try #require(course.lessons.first { $0.id == "gradient-checking" })
        var state = PresentationState(name: "alice", lesson: lesson.id, page: lesson.pages[0].id,
                                      experiment: "gradcheck.epsilon", knobs: ["function=cube", "theta=1"], run: 0, seed: 7)
        state.session = "s1"
        state.pid = 4242
        state.heartbeat = 1_000
        var elsewhere = state
        elsewhere.page = lesson.pages.last?.id
        elsewhere.experiment = nil
        elsewhere.knobs = []
        let corpus = [state.encoded(), elsewhere.encoded()]
        var follower = TutorModel(course: course, catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(), seed: 99)
        follower.update(.resize(width: 80, height: 24))
        follower.startFollowing("alice")
        var used = 0
        for index in 0..<Self.cases(1_500) {
            var random = FuzzRandom(seed: Self.seed, format: 4, index: index)
            let bytes = Mutator(tokens: Mutator.jsonTokens).mutate(random.pick(corpus), corpus: corpus, random: &random)
            let label = "seed \(Self.seed), presentation case \(index)"
            switch FuzzedFormats.presentation(bytes) {
            case .success(let decoded):
                used += 1
                #expect(FuzzedFormats.presentation(decoded.encoded()) == .success(decoded), "\(label): round trip")
                follower.update(.presentation(.update(decoded)))
                let screen = follower.view().lines()
                #expect(screen.count == 24, "\(label): the follower's screen is drawn")
            case .failure(let error):
                Self.expectClear(error.description, label)
            }
        }
        #expect(used > 0, "some mutated presentations are still valid")
    }

    // MARK: Checks

    /// A message a person can act on: not empty, not a Foundation error code.
    static func expectClear(_ message: String, _ label: String) {
        #expect(!message.trimmingCharacters(in: .whitespaces).isEmpty, "\(label): an empty message")
        #expect(!message.contains("NSCocoaErrorDomain") && !message.contains("Error Domain="), "\(label): \(message)")
        #expect(!message.contains("Optional("), "\(label): \(message)")
    }
}

/// The public entry point of each fuzzed format, in one place: when a format moves (the
/// presentation file to the `Classroom` target) only this changes.
enum FuzzedFormats {
    static func lesson(_ bytes: Data, at file: URL) -> Result<Lesson, LessonError> {
        try? bytes.write(to: file)
        return Result { () throws(LessonError) in try LessonParser.parse(file: file, language: .en) }
    }

    /// Loads the course in `directory` (the shipped lessons) with `bytes` as its `course.txt`.
    static func manifest(_ bytes: Data, in directory: URL) -> Result<Course, CourseLoadError> {
        try? bytes.write(to: directory.appendingPathComponent(Manifest.fileName))
        return Result { () throws(CourseLoadError) in try CourseLoader.load(directory: directory, language: .en) }
    }

    struct ProgressOutcome {
        var warning: String?
        var saved = false
        var saveFailure: String?
    }

    /// Writes `bytes` as the store's progress file, loads it and, when `save`, saves over it.
    static func progress(_ bytes: Data, in store: ProgressStore, save: Bool) -> ProgressOutcome {
        // Files set aside by earlier cases would pile up.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: store.directory.path)) ?? []
        where name.hasPrefix(ProgressStore.fileName + ".corrupt-") {
            try? FileManager.default.removeItem(at: store.directory.appendingPathComponent(name))
        }
        try? bytes.write(to: store.fileURL)
        let loaded = store.load()
        var outcome = ProgressOutcome(warning: loaded.warning)
        guard save else { return outcome }
        do {
            try store.save(loaded.progress)
            outcome.saved = true
        } catch {
            outcome.saveFailure = error.message
        }
        return outcome
    }

    static func presentation(_ bytes: Data) -> Result<PresentationState, PresentationError> {
        PresentationState.decode(bytes)
    }
}

/// The follow fuzz test's SplitMix64, one stream per (seed, format, case).
struct FuzzRandom {
    private var generator: FollowModeTests.SeededGenerator

    init(seed: UInt64, format: UInt64, index: Int) {
        generator = FollowModeTests.SeededGenerator(
            state: seed &* 0x9E37_79B9_7F4A_7C15 ^ format &* 0xD1B5_4A32_D192_ED03 ^ UInt64(index) &* 0xBF58_476D_1CE4_E5B9)
        _ = next()
    }

    mutating func next() -> UInt64 { generator.next() }

    /// Uniform in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Byte-level mutations that keep most of a file intact, so cases reach deep into the parsers.
struct Mutator {
    let tokens: [String]

    static let common = ["\r\n", "\r", "\n", "\t", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{FEFF}", "é", "e\u{301}",
                         "中文", "\u{3000}", "😀", " ", "\\"]
    static let lessonTokens = common + ["\n## ", " {#", "{#page}", "}", "```", "\n```\n", "```experiment ", "```checkpoint ",
                                        "\n---\n", "---", "*", "**", "`", "``", "- ", "\n1. ", "\n123456789. ", "? ", "= ", "> ",
                                        "±", "+-", "1e400", "id: ", "title: ", "summary: ", "### ", "# ", "theta = 2",
                                        "gradcheck.epsilon", "  "]
    static let manifestTokens = common + ["#", "-", "gradient-checking", "dropout", "Gradient", "a b", "x/../y", ".."]
    static let jsonTokens = common + ["{", "}", "[", "]", ":", ",", "\"", "null", "true", "false", "0", "-1", "1e400", "-0",
                                      "99", "18446744073709551616", "9007199254740993", "\"version\": 99, ", "\\u0000",
                                      "\\ud800", "NaN", "0.5", "\"lessons\"", "\"pages\"", "\"seed\"", "\"run\"", "\"name\""]

    func mutate(_ original: Data, corpus: [Data], random: inout FuzzRandom) -> Data {
        var bytes = [UInt8](original)
        for _ in 0..<(1 + random.below(6)) {
            let at = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
            switch random.below(8) {
            case 0 where !bytes.isEmpty:  // one byte, any value
                bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next())
            case 1, 2:  // a token of the format
                bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: at)
            case 3:  // cut a range
                let length = random.below(max(1, min(64, bytes.count - at + 1)))
                bytes.removeSubrange(at..<min(bytes.count, at + length))
            case 4:  // double a range
                let length = random.below(max(1, min(256, bytes.count - at + 1)))
                bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + length)], at: at)
            case 5:  // splice in a piece of another file
                let other = [UInt8](random.pick(corpus))
                guard !other.isEmpty else { continue }
                let from = random.below(other.count)
                bytes.insert(contentsOf: other[from..<min(other.count, from + 1 + random.below(200))], at: at)
            case 6:  // line ends of another system
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            default:  // cut the file short
                bytes.removeSubrange(at..<bytes.count)
            }
        }
        return Data(bytes)
    }
}

/// A directory removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init(_ label: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
