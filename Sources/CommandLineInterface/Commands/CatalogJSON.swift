import Course
import Experiments
import Localization

/// The catalog `dltutor list --json` prints: every lesson with its title in each language it is
/// written in, its pages and the experiment each page embeds (with the lesson's presets), then
/// every experiment with its knobs: kind, range, step, choices and default.
enum CatalogJSON {
    /// `courses`: the same course loaded in each language, the fallback language first.
    static func catalog(courses: [Course]) -> JSONValue {
        .object([
            ("lessons", .array(lessons(courses))),
            ("experiments", .array(ExperimentCatalog.all.map(experiment))),
        ])
    }

    /// Lessons in the first course's order. A language appears in a title only where the lesson
    /// is really written in it, not where it falls back to English.
    private static func lessons(_ courses: [Course]) -> [JSONValue] {
        guard let primary = courses.first else { return [] }
        return primary.entries.map { entry in
            var titles: [(String, JSONValue)] = []
            var problems: [(String, JSONValue)] = []
            var pageTitles: [String: [(String, JSONValue)]] = [:]
            for course in courses {
                guard let translated = course.entry(id: entry.id), !translated.isFallback else { continue }
                let language = course.language.rawValue
                if let error = translated.error {
                    problems.append((language, .string(error.message)))
                    continue
                }
                guard let lesson = translated.lesson else { continue }
                titles.append((language, .string(lesson.title)))
                for page in lesson.pages { pageTitles[page.id, default: []].append((language, .string(page.title))) }
            }
            var members: [(String, JSONValue)] = [("id", .string(entry.id)), ("title", .object(titles))]
            if !problems.isEmpty { members.append(("problems", .object(problems))) }
            let pages = entry.lesson?.pages ?? []
            members.append(("pages", .array(pages.map { page in
                .object([
                    ("id", .string(page.id)),
                    ("title", .object(pageTitles[page.id] ?? [])),
                    ("experiment", page.experiment.map(embed) ?? .null),
                ])
            })))
            return .object(members)
        }
    }

    private static func embed(_ embed: ExperimentEmbed) -> JSONValue {
        .object([
            ("id", .string(embed.experimentID)),
            ("presets", .object(embed.presets.map { ($0.name, .string($0.value)) })),
            // The settings the text asks for, as the tutor offers them on keys x, y, z (in the
            // language of the lesson file the list was made from: names are translated).
            ("namedPresets", .array(embed.namedPresets.map { preset in
                .object([("title", .string(preset.title)),
                         ("settings", .object(preset.settings.map { ($0.name, .string($0.value)) }))])
            })),
        ])
    }

    private static func experiment(_ experiment: any Experiment) -> JSONValue {
        .object([
            ("id", .string(experiment.id)),
            ("title", .string(experiment.title.english)),
            ("title_text", byLanguage { experiment.title[$0] }),
            ("summary", .string(experiment.summary.english)),
            ("summary_text", byLanguage { experiment.summary[$0] }),
            ("knobs", .array(experiment.knobs.map(knob))),
        ])
    }

    /// An experiment's text in every language, by language code: the names above stay English.
    private static func byLanguage(_ text: (Language) -> String) -> JSONValue {
        .object(Language.allCases.map { ($0.rawValue, .string(text($0))) })
    }

    private static func knob(_ knob: Knob) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(knob.id)), ("label", .string(knob.label(in: .en))), ("label_text", byLanguage { knob.label(in: $0) }),
            ("help", .string(knob.help(in: .en))), ("help_text", byLanguage { knob.help(in: $0) }),
        ]
        switch knob.kind {
        case .number(let range, let step, let logarithmic):
            members += [
                ("kind", .string("number")), ("min", .number(range.lowerBound)), ("max", .number(range.upperBound)),
                // A logarithmic knob's step is in decades: ×10^step per press.
                ("step", .number(step)), ("logarithmic", .bool(logarithmic)),
                // How ←/→ actually step it: "linear", "powers-of-ten" (×10^step), "1-2-5" or "1-3-10".
                ("stepping", .string(knob.stepping.name)),
            ]
        case .integer(let range, let step):
            members += [
                ("kind", .string("integer")), ("min", .integer(Int128(range.lowerBound))),
                ("max", .integer(Int128(range.upperBound))), ("step", .integer(Int128(step))),
                ("stepping", .string(knob.stepping.name)),
            ]
        case .choice(let choices):
            members += [("kind", .string("choice")), ("choices", .array(choices.map(JSONValue.string)))]
        case .toggle:
            members += [("kind", .string("toggle"))]
        }
        members.append(("default", knob.defaultValue.json))
        return .object(members)
    }
}
