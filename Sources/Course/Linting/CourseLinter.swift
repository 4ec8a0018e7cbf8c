import FoundationEssentials
import Localization

/// Checks a course directory the way `dltutor lint [DIR]` reports it, so authors find mistakes
/// before students do.
///
/// It finds: syntax errors (everything the parser rejects: bad front matter, duplicate page or
/// checkpoint ids, checkpoints without a correct answer or explanation…), manifest problems
/// (bad or duplicate ids, listed lessons without files, files not listed), missing translations,
/// unknown experiment ids and knobs, preset values the knob refuses, unknown exercise ids, and translations
/// whose pages, checkpoints, correct answers, experiment embeds or exercises differ from the English lesson; and,
/// on a page with an experiment, numbers of the text that are neither a `quote` nor a `fact` (`QuoteLinter`).
/// The catalog is a parameter so tests can lint fixture courses against fixture experiments.
public enum CourseLinter {
    public static func lint(
        directory: URL, catalog: some EmbedCatalog,
        languages: [Language] = Language.allCases
    ) -> [LintProblem] {
        var problems: [LintProblem] = []
        let manifestFile = directory.appendingPathComponent(Manifest.fileName)
        guard CourseLoader.isDirectory(directory) else {
            return [LintProblem(file: directory, line: nil, message: "the course directory does not exist")]
        }
        let manifest: Manifest
        do {
            guard let loaded = try Manifest.load(directory: directory) else {
                return [LintProblem(file: manifestFile, line: nil,
                    message: "the course has no manifest: create course.txt listing the lesson ids in teaching order, one per line")]
            }
            manifest = loaded
        } catch {
            return [LintProblem(file: manifestFile, line: nil, message: error.message)]
        }
        problems += manifest.problems
        if manifest.entries.isEmpty, manifest.problems.isEmpty {
            problems.append(LintProblem(file: manifestFile, line: nil, message: "course.txt lists no lessons: add lesson ids, one per line"))
        }
        let listed = Set(manifest.ids)

        // Files on disk that the manifest does not list.
        for language in languages {
            let folder = directory.appendingPathComponent(language.rawValue, isDirectory: true)
            guard CourseLoader.isDirectory(folder) else {
                problems.append(LintProblem(file: folder, line: nil,
                    message: "there is no \(language.displayName) folder: create \(language.rawValue)/ with a \(language.rawValue)/<id>.md file for every lesson in course.txt"))
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names where name.hasSuffix(".md") && !listed.contains(String(name.dropLast(3))) {
                let id = String(name.dropLast(3))
                problems.append(LintProblem(file: folder.appendingPathComponent(name), line: nil,
                    message: "lesson '\(id)' is not listed in course.txt: add '\(id)' to course.txt (in teaching order) or remove this file"))
            }
        }

        // Each listed lesson in each language.
        for entry in manifest.entries {
            var parsed: [Language: Lesson] = [:]
            for language in languages {
                let file = CourseLoader.lessonFile(id: entry.id, language: language, in: directory)
                if case .unreachable(let reason) = TextFile.presence(of: file) {
                    problems.append(LintProblem(file: file, line: nil, message: "the file cannot be read: \(reason)"))
                    continue
                }
                guard FileManager.default.fileExists(atPath: file.path) else {
                    if language == .fallback {
                        problems.append(LintProblem(file: manifestFile, line: entry.line,
                            message: "lesson '\(entry.id)' is listed but has no \(language.displayName) file: create \(language.rawValue)/\(entry.id).md or remove '\(entry.id)' from course.txt"))
                    } else {
                        problems.append(LintProblem(file: file, line: nil,
                            message: "missing translation: lesson '\(entry.id)' has no \(language.displayName) text; translate \(Language.fallback.rawValue)/\(entry.id).md into \(language.rawValue)/\(entry.id).md"))
                    }
                    continue
                }
                do {
                    let lesson = try LessonParser.parse(file: file, language: language)
                    parsed[language] = lesson
                    problems += lintExperiments(lesson, catalog: catalog)
                    problems += lintExercises(lesson, catalog: catalog)
                    problems += QuoteLinter.lint(lesson)
                } catch {
                    problems.append(LintProblem(error))
                }
            }
            if let reference = parsed[.fallback] {
                for language in languages where language != .fallback {
                    if let translation = parsed[language] {
                        problems += compare(translation, with: reference)
                    }
                }
            }
        }
        problems += GlossaryLinter.lint(directory: directory, lessonIDs: manifest.ids, languages: languages)
        return sorted(problems)
    }

    /// Unknown experiments and knobs, and preset values the knob refuses.
    public static func lintExperiments(_ lesson: Lesson, catalog: some EmbedCatalog) -> [LintProblem] {
        var problems: [LintProblem] = []
        for page in lesson.pages {
            guard let embed = page.experiment else { continue }
            let id = embed.experimentID
            guard let knobIDs = catalog.knobIDs(ofExperiment: id) else {
                let valid = catalog.experimentIDs.sorted().joined(separator: ", ")
                problems.append(LintProblem(file: lesson.sourceFile, line: embed.line,
                    message: "unknown experiment '\(embed.experimentID)': use one of \(valid.isEmpty ? "(none)" : valid), or add the experiment to the catalog"))
                continue
            }
            for preset in embed.presets + embed.namedPresets.flatMap(\.settings) {
                guard knobIDs.contains(preset.name) else {
                    problems.append(LintProblem(file: lesson.sourceFile, line: preset.line,
                        message: "experiment \(id) has no knob '\(preset.name)': use one of \(knobIDs.isEmpty ? "(none)" : knobIDs.joined(separator: ", "))"))
                    continue
                }
                if let problem = catalog.problem(withValue: preset.value, knob: preset.name, experiment: id) {
                    problems.append(LintProblem(file: lesson.sourceFile, line: preset.line,
                        message: "\(problem); change the preset of experiment \(id)"))
                }
            }
        }
        return problems
    }

    /// Exercise blocks naming an exercise the catalog does not have.
    public static func lintExercises(_ lesson: Lesson, catalog: some EmbedCatalog) -> [LintProblem] {
        let known = Set(catalog.exerciseIDs)
        return lesson.pages.compactMap(\.exercise).filter { !known.contains($0.exerciseID) }.map { embed in
            let valid = catalog.exerciseIDs.sorted().joined(separator: ", ")
            return LintProblem(file: lesson.sourceFile, line: embed.line,
                message: "unknown exercise '\(embed.exerciseID)': use one of \(valid.isEmpty ? "(none)" : valid) (the files of 'dltutor exercises', without .py)")
        }
    }

    /// Differences between a translation and the English lesson that would make the two
    /// languages teach or grade differently.
    public static func compare(_ translation: Lesson, with reference: Lesson) -> [LintProblem] {
        var problems: [LintProblem] = []
        let file = translation.sourceFile
        let referenceName = "\(reference.language.rawValue)/\(reference.sourceFile.lastPathComponent)"
        func add(_ line: Int?, _ message: String) { problems.append(LintProblem(file: file, line: line, message: message)) }

        // Pages: same ids in the same order.
        let ids = translation.pages.map(\.id)
        let referenceIDs = reference.pages.map(\.id)
        for page in reference.pages where !ids.contains(page.id) {
            add(nil, "page '\(page.id)' of \(referenceName) (line \(page.line)) is missing: translate it under a heading ending in {#\(page.id)}")
        }
        for page in translation.pages where !referenceIDs.contains(page.id) {
            add(page.line, "page '\(page.id)' is not in \(referenceName): use the same page ids as the English lesson (page ids are stable; progress is saved by them)")
        }
        let commonOrder = ids.filter(referenceIDs.contains)
        let referenceOrder = referenceIDs.filter(ids.contains)
        if commonOrder != referenceOrder, let index = commonOrder.indices.first(where: { commonOrder[$0] != referenceOrder[$0] }),
           let page = translation.page(id: commonOrder[index]) {
            add(page.line, "pages are in a different order than in \(referenceName): there the order is \(referenceOrder.joined(separator: ", "))")
        }

        // Experiment embeds, page by page.
        for page in translation.pages {
            guard let original = reference.page(id: page.id) else { continue }
            switch (page.experiment, original.experiment) {
            case (nil, nil):
                break
            case (let embed?, nil):
                add(embed.line, "page '\(page.id)' embeds \(embed.experimentID) but in \(referenceName) it embeds no experiment: remove it or add it to both")
            case (nil, let embed?):
                add(page.line, "page '\(page.id)' embeds no experiment but in \(referenceName) it embeds \(embed.experimentID) (line \(embed.line)): add the same ```experiment block")
            case (let embed?, let other?):
                if embed.experimentID != other.experimentID {
                    add(embed.line, "page '\(page.id)' embeds \(embed.experimentID) but in \(referenceName) it embeds \(other.experimentID) (line \(other.line)): use the same experiment in both")
                } else if !samePresets(embed.presets, other.presets) {
                    add(embed.line, "the presets of \(embed.experimentID) on page '\(page.id)' (\(describe(embed.presets))) differ from \(referenceName) line \(other.line) (\(describe(other.presets))): use the same knob values in both")
                }
                if embed.experimentID == other.experimentID,
                   let message = QuoteLinter.compare(embed, with: other, page: page.id, reference: referenceName) {
                    add(embed.quotes.first?.line ?? embed.line, message)
                }
                if embed.experimentID == other.experimentID, !sameNamedPresets(embed.namedPresets, other.namedPresets) {
                    add(embed.namedPresets.first?.line ?? embed.line, "the 'preset' lines of \(embed.experimentID) on page '\(page.id)' (\(embed.namedPresets.map(\.settingsText).joined(separator: "; "))) differ from \(referenceName) line \(other.line) (\(other.namedPresets.map(\.settingsText).joined(separator: "; "))): give the same presets in the same order in both (only their names are translated)")
                }
            }
        }

        // Exercises, page by page: the same one, so both languages grade the same work.
        for page in translation.pages {
            guard let original = reference.page(id: page.id) else { continue }
            switch (page.exercise, original.exercise) {
            case (nil, nil):
                break
            case (let embed?, nil):
                add(embed.line, "page '\(page.id)' asks for exercise \(embed.exerciseID) but in \(referenceName) it asks for none: remove it or add it to both")
            case (nil, let embed?):
                add(page.line, "page '\(page.id)' asks for no exercise but in \(referenceName) it asks for \(embed.exerciseID) (line \(embed.line)): add the same ```exercise block")
            case (let embed?, let other?) where embed.exerciseID != other.exerciseID:
                add(embed.line, "page '\(page.id)' asks for exercise \(embed.exerciseID) but in \(referenceName) for \(other.exerciseID) (line \(other.line)): use the same exercise in both")
            default:
                break
            }
        }

        // Checkpoints: same ids, on the same pages, with the same correct answers.
        let checkpoints = translation.checkpoints
        let referenceCheckpoints = reference.checkpoints
        for (page, checkpoint) in referenceCheckpoints where !checkpoints.contains(where: { $0.checkpoint.id == checkpoint.id }) {
            add(translation.page(id: page.id)?.line, "checkpoint '\(checkpoint.id)' of \(referenceName) (line \(checkpoint.line)) is missing: translate it on page '\(page.id)' as ```checkpoint \(checkpoint.id)")
        }
        for (page, checkpoint) in checkpoints {
            guard let (originalPage, original) = referenceCheckpoints.first(where: { $0.checkpoint.id == checkpoint.id }) else {
                add(checkpoint.line, "checkpoint '\(checkpoint.id)' is not in \(referenceName): use the same checkpoint ids as the English lesson")
                continue
            }
            if page.id != originalPage.id {
                add(checkpoint.line, "checkpoint '\(checkpoint.id)' is on page '\(page.id)' but in \(referenceName) on page '\(originalPage.id)': put it on the same page in both")
            }
            if (checkpoint.hint == nil) != (original.hint == nil) {
                add(checkpoint.line, checkpoint.hint == nil
                    ? "checkpoint '\(checkpoint.id)' has no hint but \(referenceName) (line \(original.line)) has one: translate its '~ ' lines too"
                    : "checkpoint '\(checkpoint.id)' has a hint but \(referenceName) (line \(original.line)) has none: add the '~ ' lines to both or to neither")
            }
            switch (checkpoint.answer, original.answer) {
            case (.choice(let options, let correct), .choice(let originalOptions, let originalCorrect)):
                if options.count != originalOptions.count {
                    add(checkpoint.line, "checkpoint '\(checkpoint.id)' has \(options.count) choices but \(originalOptions.count) in \(referenceName) (line \(original.line)): translate every choice, in the same order")
                } else if correct != originalCorrect {
                    add(checkpoint.line, "checkpoint '\(checkpoint.id)' marks choice \(correct + 1) as right but \(referenceName) (line \(original.line)) marks choice \(originalCorrect + 1): keep the choices in the same order and mark the same one with '* '")
                }
            case (.numeric(let answer, let tolerance), .numeric(let originalAnswer, let originalTolerance)):
                if answer != originalAnswer || tolerance != originalTolerance {
                    add(checkpoint.line, "checkpoint '\(checkpoint.id)' expects \(format(answer)) ± \(format(tolerance)) but \(referenceName) (line \(original.line)) expects \(format(originalAnswer)) ± \(format(originalTolerance)): use the same '= ' line in both")
                }
            default:
                add(checkpoint.line, "checkpoint '\(checkpoint.id)' is \(kind(checkpoint)) but in \(referenceName) (line \(original.line)) it is \(kind(original)): ask the same kind of question in both")
            }
        }
        return problems
    }

    /// The `dltutor lint` output: one `file:line: message` per problem, then a summary line.
    public static func report(_ problems: [LintProblem]) -> String {
        guard !problems.isEmpty else { return "No problems found.\n" }
        let files = Set(problems.map(\.file.standardizedFileURL.path)).count
        return problems.map(\.description).joined(separator: "\n")
            + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s").\n"
    }

    /// The exit status of `dltutor lint`: 1 when anything is wrong.
    public static func exitCode(for problems: [LintProblem]) -> Int32 { problems.isEmpty ? 0 : 1 }

    static func sorted(_ problems: [LintProblem]) -> [LintProblem] {
        // Stable: keep discovery order within one file and line.
        problems.enumerated().sorted { a, b in
            let (pa, pb) = (a.element.file.standardizedFileURL.path, b.element.file.standardizedFileURL.path)
            if pa != pb { return pa < pb }
            let (la, lb) = (a.element.line ?? 0, b.element.line ?? 0)
            if la != lb { return la < lb }
            return a.offset < b.offset
        }.map(\.element)
    }

    private static func samePresets(_ a: [KnobPreset], _ b: [KnobPreset]) -> Bool {
        guard a.count == b.count else { return false }
        let other = Dictionary(b.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        return a.allSatisfy { preset in
            guard let value = other[preset.name] else { return false }
            if value == preset.value { return true }
            if let x = Double(value), let y = Double(preset.value) { return x == y }
            return value.lowercased() == preset.value.lowercased()
        }
    }

    private static func sameNamedPresets(_ a: [NamedPreset], _ b: [NamedPreset]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { samePresets($0.settings, $1.settings) }
    }

    private static func describe(_ presets: [KnobPreset]) -> String {
        presets.isEmpty ? "none" : presets.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
    }

    private static func kind(_ checkpoint: Checkpoint) -> String {
        if case .numeric = checkpoint.answer { "numeric" } else { "multiple choice" }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
