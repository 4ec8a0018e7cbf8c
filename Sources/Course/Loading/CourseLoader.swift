import FoundationEssentials
import Localization

/// Loads a course directory for one language, optionally overlaid by an instructor's directory.
///
/// Loading is forgiving by design: a lesson that does not parse becomes a broken entry with its
/// error, a lesson missing in the chosen language is shown in English (and noted in
/// `problems`), so the tutor always starts and can list what is wrong.
public enum CourseLoader {
    /// Loads `directory` (a `course.txt` plus `en/`, `zh/` lesson files) in `language`.
    ///
    /// `overlay` (`--lessons DIR`) has the same layout: its lessons replace those with the same id
    /// and new ids are appended in its manifest's order (file-name order if it has no manifest).
    public static func load(directory: URL, language: Language, overlay: URL? = nil) throws(CourseLoadError) -> Course {
        guard isDirectory(directory) else {
            throw CourseLoadError("the course directory \(directory.path) does not exist")
        }
        guard let manifest = try Manifest.load(directory: directory) else {
            throw CourseLoadError("\(directory.path) has no \(Manifest.fileName): it is not a course directory (a course has course.txt listing lesson ids, and en/<id>.md files)")
        }
        guard !manifest.entries.isEmpty else {
            let first = manifest.problems.first.map { " (line \($0.line ?? 1): \($0.message))" } ?? ""
            throw CourseLoadError("\(manifest.file.path) lists no lessons\(first): list the lesson ids in teaching order, one per line")
        }
        var problems = manifest.problems
        var entries = manifest.entries.map { entry in
            loadEntry(id: entry.id, directory: directory, language: language, isOverlay: false,
                      listedAt: entry, manifest: manifest.file, problems: &problems)
        }
        if let overlay {
            try applyOverlay(overlay, language: language, to: &entries, problems: &problems)
        }
        // A broken glossary is a problem to mention, not a reason to refuse the lessons.
        var glossary = Glossary.empty
        do {
            glossary = try Glossary.load(directory: directory)
        } catch {
            problems.append(CourseProblem(file: directory.appendingPathComponent(Glossary.fileName), line: nil, message: error.message))
        }
        return Course(language: language, entries: entries, problems: problems, directory: directory, glossary: glossary)
    }

    /// Finds the shipped course (see `CourseLocator`) and loads it.
    public static func loadShipped(
        language: Language, overlay: URL? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CourseLoadError) -> Course {
        try load(directory: CourseLocator.shippedCourse(environment: environment), language: language, overlay: overlay)
    }

    /// The file of lesson `id` in `language` under `directory`.
    public static func lessonFile(id: String, language: Language, in directory: URL) -> URL {
        directory.appendingPathComponent(language.rawValue, isDirectory: true).appendingPathComponent("\(id).md")
    }

    private static func applyOverlay(
        _ overlay: URL, language: Language, to entries: inout [CourseEntry], problems: inout [CourseProblem]
    ) throws(CourseLoadError) {
        guard isDirectory(overlay) else {
            throw CourseLoadError("the lessons directory \(overlay.path) does not exist")
        }
        let ids: [(id: String, entry: Manifest.Entry?)]
        var manifestFile = overlay.appendingPathComponent(Manifest.fileName)
        let loaded: Manifest?
        do {
            loaded = try Manifest.load(directory: overlay)
        } catch {
            // The instructor's manifest is unreadable: list it as broken, keep the shipped course.
            let broken = LessonError(file: manifestFile, line: 1, message: error.message)
            problems.append(CourseProblem(broken))
            entries.append(CourseEntry(id: Manifest.fileName, content: .broken(broken), language: language,
                                       isFallback: false, isOverlay: true))
            return
        }
        if let manifest = loaded {
            problems += manifest.problems
            ids = manifest.entries.map { ($0.id, $0) }
            manifestFile = manifest.file
        } else {
            // No manifest: every lesson file in the overlay, in file-name order.
            var found = Set<String>()
            for language in Language.allCases {
                let folder = overlay.appendingPathComponent(language.rawValue, isDirectory: true)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                for name in names where name.hasSuffix(".md") { found.insert(String(name.dropLast(3))) }
            }
            guard !found.isEmpty else {
                throw CourseLoadError("\(overlay.path) has neither \(Manifest.fileName) nor lesson files (en/<id>.md, zh/<id>.md)")
            }
            ids = found.sorted().map { ($0, nil) }
        }
        for (id, listed) in ids {
            let entry = loadEntry(id: id, directory: overlay, language: language, isOverlay: true,
                                  listedAt: listed, manifest: manifestFile, problems: &problems)
            if let index = entries.firstIndex(where: { $0.id == id }) {
                entries[index] = entry
            } else {
                entries.append(entry)
            }
        }
    }

    private static func loadEntry(
        id: String, directory: URL, language: Language, isOverlay: Bool,
        listedAt: Manifest.Entry?, manifest: URL, problems: inout [CourseProblem]
    ) -> CourseEntry {
        let wanted = lessonFile(id: id, language: language, in: directory)
        let english = lessonFile(id: id, language: .fallback, in: directory)
        let file: URL
        let used: Language
        for candidate in [wanted, english] {
            if case .unreachable(let reason) = TextFile.presence(of: candidate) {
                let error = LessonError(file: candidate, line: 1, message: "the file cannot be read: \(reason)")
                problems.append(CourseProblem(error))
                return CourseEntry(id: id, content: .broken(error), language: language, isFallback: false, isOverlay: isOverlay)
            }
        }
        if FileManager.default.fileExists(atPath: wanted.path) {
            (file, used) = (wanted, language)
        } else if FileManager.default.fileExists(atPath: english.path) {
            (file, used) = (english, .fallback)
            problems.append(CourseProblem(file: wanted, line: nil,
                message: "lesson '\(id)' has no \(language.displayName) text; showing \(english.lastPathComponent) in English instead (translate \(Language.fallback.rawValue)/\(id).md into \(language.rawValue)/\(id).md)"))
        } else {
            let error = LessonError(file: manifest, line: listedAt?.line ?? 1,
                message: "lesson '\(id)' is listed in \(Manifest.fileName) but has no file: create \(Language.fallback.rawValue)/\(id).md or remove '\(id)' from \(Manifest.fileName)")
            problems.append(CourseProblem(error))
            return CourseEntry(id: id, content: .broken(error), language: language, isFallback: false, isOverlay: isOverlay)
        }
        let content: CourseEntry.Content
        do {
            content = .lesson(try LessonParser.parse(file: file, language: used))
        } catch {
            problems.append(CourseProblem(error))
            content = .broken(error)
        }
        return CourseEntry(id: id, content: content, language: used, isFallback: used != language, isOverlay: isOverlay)
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory
    }
}
