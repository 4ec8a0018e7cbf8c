import Course
import Experiments
import Foundation
import Localization
import Testing
import TextCharts
@testable import CommandLineInterface
@testable import TutorApp

/// A Chinese run says everything in Chinese: for every experiment, at its defaults and at
/// every preset the Chinese lessons give it, neither `dltutor run --lang zh` nor the tutor's panel
/// (knob line, knob panel with help and valid values, title, summary, charts, findings) shows an
/// English word of three or more letters outside a short allowlist. The runs are real.
@Suite struct ChineseExperimentTextTests {
    /// Latin words a Chinese screen may show: names the course keeps in Latin letters (as the Chinese
    /// lessons do: ReLU, Adam, epoch, logit, bug…), words of a command the student types, and NaN.
    static let allowedWords: Set<String> = [
        "ReLU", "relu", "tanh", "sigmoid", "softmax", "logit", "Adam", "AdamW", "SGD", "NaN", "epoch", "keep_prob", "keep", "prob",
        "bug", "dltutor", "run", "json", "Xavier", "He", "SVD", "ResNet",
        "out", // of n_out in Xavier's formula
    ]

    /// Every word an experiment's ids, knob ids and knob values are made of (what the student types).
    static func typedWords(_ experiment: any Experiment) -> Set<String> {
        var words = Self.words(in: experiment.id)
        for knob in experiment.knobs {
            words.formUnion(Self.words(in: knob.id))
            switch knob.kind {
            case .choice(let choices): choices.forEach { words.formUnion(Self.words(in: $0)) }
            case .toggle: words.formUnion(["off"])
            case .number, .integer: break
            }
        }
        return words
    }

    static func words(in text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        for character in text {
            if character.isASCII && character.isLetter {
                current.append(character)
            } else {
                if current.count >= 3 { words.insert(current) }
                current = ""
            }
        }
        if current.count >= 3 { words.insert(current) }
        return words
    }

    /// The English words of `text` that are not allowed for `experiment`. Runs of o and x are the
    /// charts' point markers, not words; the start of a knob value is that value cut to fit a column.
    static func english(in text: String, for experiment: any Experiment) -> Set<String> {
        let typed = typedWords(experiment)
        return Self.words(in: text).subtracting(allowedWords)
            .filter { word in !word.allSatisfy { "ox".contains($0) } && !typed.contains { $0.hasPrefix(word) } }
    }

    /// The knob settings each experiment is run at: its defaults and every preset of the Chinese
    /// lessons, each distinct setting once (a preset often repeats the defaults).
    static func configurations() throws -> [(experiment: any Experiment, assignments: [String])] {
        let course = try CourseLoader.loadShipped(language: .zh)
        var presets: [String: Set<[String]>] = [:]
        for lesson in course.entries.compactMap(\.lesson) {
            for embed in lesson.pages.compactMap(\.experiment) {
                presets[embed.experimentID, default: []].insert(embed.presets.map(\.assignment))
            }
        }
        return try ExperimentCatalog.all.flatMap { experiment in
            var seen: Set<KnobSettings> = []
            return try ([[]] + (presets[experiment.id] ?? []).sorted { $0.joined() < $1.joined() }).filter { assignments in
                seen.insert(try KnobSettings(experiment: experiment, assignments: assignments)).inserted
            }.map { (experiment, $0) }
        }
    }

    @Test func theAllowlistCatchesEnglish() throws {
        let experiment = try #require(ExperimentCatalog.experiment(id: "reg.l2"))
        #expect(Self.english(in: "训练误差 3.0%：high variance，tanh 与 Adam", for: experiment) == ["high", "variance"])
        #expect(Self.english(in: "λ=0.7：lambda 是旋钮", for: experiment).isEmpty)
    }

    @Test func chineseRunsShowNoEnglish() throws {
        for (experiment, assignments) in try Self.configurations() {
            let settings = try KnobSettings(experiment: experiment, assignments: assignments)
            let frame = experiment.start(RunContext(settings: settings, seed: 1, language: .zh)).runToCompletion()
            let label = "\(experiment.id) \(assignments.joined(separator: " "))"
            #expect(frame.progress == 1, "\(label) did not finish")

            // What `dltutor run ID --lang zh` prints.
            let printed = FrameText.render(frame, title: RunCommand.heading(experiment.title[.zh], id: experiment.id, seed: 1, in: .zh),
                                           ascii: false, width: 80, height: 24, language: .zh)
            #expect(Self.english(in: printed, for: experiment).isEmpty, "run --lang zh, \(label): \(Self.english(in: printed, for: experiment))")

            // The tutor's panel at 80×24 and 160×48: knob line, the knob panel, the run's frame, and
            // the summary shown before the first run.
            let text = UIText(language: .zh)
            for (width, height) in [(80, 24), (160, 48)] {
                var buffer = ScreenBuffer(width: width, height: height)
                let options = RenderOptions(charset: .unicode, color: false)
                let (knobArea, panelArea) = buffer.area.splitTop(1)
                KnobLine(settings: settings).render(in: knobArea, buffer: &buffer, options: options)
                ExperimentPanel(title: experiment.title[.zh], frame: frame, status: text.runDone, text: text)
                    .render(in: panelArea, buffer: &buffer, options: options)
                var knobs = ScreenBuffer(width: width, height: settings.knobs.count)
                KnobPanel(settings: settings, selected: 0, text: text).render(in: knobs.area, buffer: &knobs, options: options)
                let screen = (buffer.lines() + knobs.lines() + [experiment.summary[.zh]]).joined(separator: "\n")
                #expect(Self.english(in: screen, for: experiment).isEmpty, "panel \(width)×\(height), \(label): \(Self.english(in: screen, for: experiment))")
            }
        }
    }

    /// The same run in English and in Chinese has the same numbers and the same shape; only words differ.
    @Test func aChineseRunHasTheEnglishRunsNumbers() throws {
        for id in ["split.ratios", "reg.l2"] {
            let experiment = try #require(ExperimentCatalog.experiment(id: id))
            let english = try experiment.run(language: .en), chinese = try experiment.run(language: .zh)
            #expect(english.findings.map(\.values) == chinese.findings.map(\.values))
            #expect(english.findings.map(\.tone) == chinese.findings.map(\.tone))
            #expect(english.figures.count == chinese.figures.count && english.tables.count == chinese.tables.count)
            #expect(english.findings.map(\.text) != chinese.findings.map(\.text))
        }
    }

    /// `run --json --lang zh`: every key and name as in English, plus the displayed Chinese beside them.
    @Test func chineseJSONKeepsTheEnglishNamesAndAddsTheShownText() throws {
        let zh = try #require(try DLTutor.parseAsRoot(["run", "split.ratios", "--json", "--lang", "zh"]) as? RunCommand)
        let en = try #require(try DLTutor.parseAsRoot(["run", "split.ratios", "--json", "--lang", "en"]) as? RunCommand)
        let chinese = try #require(try JSONSerialization.jsonObject(with: Data(zh.output().utf8)) as? [String: Any])
        let english = try #require(try JSONSerialization.jsonObject(with: Data(en.output().utf8)) as? [String: Any])
        #expect(chinese["title"] as? String == english["title"] as? String)
        #expect(chinese["title_text"] as? String == "按数据规模选择划分比例" && chinese["language"] as? String == "zh")
        #expect(english["title_text"] == nil && english["language"] == nil)
        let figure = try #require((chinese["figures"] as? [[String: Any]])?.first)
        let group = try #require((figure["groups"] as? [[String: Any]])?.first)
        let bar = try #require((group["bars"] as? [[String: Any]])?.first)
        #expect(bar["label"] as? String == "train" && bar["label_text"] as? String == "训练集")
        let table = try #require((chinese["tables"] as? [[String: Any]])?.first)
        #expect((table["columns"] as? [String])?.first == "split" && (table["columns_text"] as? [String])?.first == "划分")
        let finding = try #require((chinese["findings"] as? [[String: Any]])?.first)
        #expect(Self.isChinese(finding["text"] as? String ?? ""))
    }

    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
}
