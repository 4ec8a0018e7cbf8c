import FoundationEssentials
import Glibc

/// What a presenter publishes for its followers: where it is in the course, its knobs, its seed
/// and how many runs it has started, plus who wrote it and when (to tell a live presenter from a
/// file left behind).
///
/// It is written as JSON to `NAME.json` in the shared presentation directory. Followers treat
/// every field as untrusted input: `decode` refuses what is not well-formed and
/// `TutorModel.receivePresentation` refuses what does not fit the follower's course.
public struct PresentationState: Codable, Equatable, Sendable {
    /// The file format; a follower ignores versions it does not know.
    public static let currentVersion = 1
    /// The largest file a follower reads; a real one is well under 2 KB.
    public static let maximumFileSize = 64 * 1024

    public var version: Int = PresentationState.currentVersion
    /// The presentation's name (its file name without `.json`).
    public var name: String
    /// Tells one run of the presenter's program from the next (a restart starts a new session).
    public var session: String = ""
    /// The presenter's process id, to notice a presenter that died without removing its file.
    public var pid: Int32 = 0
    /// When the presenter started and last wrote the file, in seconds since 1970.
    public var started: Double = 0
    public var heartbeat: Double = 0
    /// The lesson open (or highlighted on the lesson list) and the page open; `page` is nil on
    /// the lesson list.
    public var lesson: String?
    public var page: String?
    /// The page's experiment id, so a follower with a different course notices.
    public var experiment: String?
    /// The knob settings shown, as `name=value` texts (numbers written so they read back exactly).
    public var knobs: [String] = []
    /// Runs started so far; each increase asks followers to run the same experiment again.
    public var run: Int = 0
    /// Whether a run is on the presenter's screen, and the knobs it was started with.
    public var showingRun: Bool = false
    public var runKnobs: [String]?
    /// The seed every run uses, so every follower sees the same curve.
    public var seed: UInt64 = 1
    /// The class's answers to the page's checkpoints, counts only, while the presenter reveals them.
    public var answers: [AnswerSummary]?
    /// Who owns the file, filled in by the reader from the file system (never read from the file,
    /// whose content anyone could have written); nil until read from a file.
    public var owner: String?

    public init(name: String, lesson: String? = nil, page: String? = nil, experiment: String? = nil,
                knobs: [String] = [], run: Int = 0, showingRun: Bool = false, runKnobs: [String]? = nil, seed: UInt64 = 1) {
        self.name = name
        self.lesson = lesson
        self.page = page
        self.experiment = experiment
        self.knobs = knobs
        self.run = run
        self.showingRun = showingRun
        self.runKnobs = runKnobs
        self.seed = seed
    }

    /// A presenter that has not written for this long is taken to have gone (it rewrites its
    /// file every `heartbeatInterval` seconds even when nothing changes).
    public static let heartbeatInterval = 5.0
    public static let staleAfter = 15.0

    /// How far a heartbeat may be ahead of the reader's clock (the same host's clock, read a
    /// moment later) before it is taken as made up.
    public static let allowedClockSkew = 2.0

    /// Not rewritten for `staleAfter` seconds, or written "in the future": a heartbeat ahead of
    /// the clock would otherwise keep a file alive for good.
    public func isStale(now: Double) -> Bool {
        now - heartbeat > Self.staleAfter || heartbeat - now > Self.allowedClockSkew
    }

    /// The same state with the bookkeeping fields (session, pid, times) cleared, to tell whether
    /// anything a follower cares about changed.
    public var content: PresentationState {
        var copy = self
        copy.session = ""
        copy.pid = 0
        copy.started = 0
        copy.heartbeat = 0
        copy.owner = nil
        return copy
    }

    // MARK: Reading and writing

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Parses a presentation file; the error says briefly what was wrong (never the content).
    public static func decode(_ data: Data) -> Result<PresentationState, PresentationError> {
        guard data.count <= maximumFileSize else { return .failure(.unreadable("the file is larger than \(maximumFileSize / 1024) KB")) }
        guard JSONObjectCheck.isObject(data) else {
            return .failure(.unreadable("not a JSON object"))
        }
        let state: PresentationState
        do {
            state = try JSONDecoder().decode(PresentationState.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            return .failure(.unreadable("field '\(key.stringValue)' is missing"))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).first ?? "?"
            return .failure(.unreadable("field '\(field)' has the wrong type"))
        } catch let DecodingError.dataCorrupted(context) {
            guard let field = context.codingPath.first?.stringValue else { return .failure(.unreadable("a field's value is not valid")) }
            return .failure(.unreadable("field '\(field)' is not valid"))
        } catch {
            return .failure(.unreadable("not a presentation file"))
        }
        guard state.version == currentVersion else {
            return .failure(.unreadable("format version \(state.version) is not supported (this dltutor reads version \(currentVersion))"))
        }
        guard PresentationName.isValid(state.name) else { return .failure(.unreadable("the name is not valid")) }
        guard state.run >= 0 else { return .failure(.unreadable("the run counter is negative")) }
        guard state.knobs.count <= 64, (state.runKnobs?.count ?? 0) <= 64 else {
            return .failure(.unreadable("too many knob settings"))
        }
        guard state.heartbeat.isFinite, state.started.isFinite else { return .failure(.unreadable("the times are not valid")) }
        if let answers = state.answers {
            guard answers.count <= 16 else { return .failure(.unreadable("too many answer summaries")) }
            if let problem = answers.lazy.compactMap(\.problem).first { return .failure(.unreadable(problem)) }
        }
        return .success(state)
    }

    enum CodingKeys: String, CodingKey {
        case version, name, session, pid, started, heartbeat, lesson, page, experiment, knobs, run, showingRun, runKnobs, seed, answers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        name = try container.decode(String.self, forKey: .name)
        session = try container.decodeIfPresent(String.self, forKey: .session) ?? ""
        pid = try container.decodeIfPresent(Int32.self, forKey: .pid) ?? 0
        started = try container.decodeIfPresent(Double.self, forKey: .started) ?? 0
        heartbeat = try container.decode(Double.self, forKey: .heartbeat)
        lesson = try container.decodeIfPresent(String.self, forKey: .lesson)
        page = try container.decodeIfPresent(String.self, forKey: .page)
        experiment = try container.decodeIfPresent(String.self, forKey: .experiment)
        knobs = try container.decodeIfPresent([String].self, forKey: .knobs) ?? []
        run = try container.decode(Int.self, forKey: .run)
        showingRun = try container.decodeIfPresent(Bool.self, forKey: .showingRun) ?? false
        runKnobs = try container.decodeIfPresent([String].self, forKey: .runKnobs)
        seed = try container.decode(UInt64.self, forKey: .seed)
        answers = try container.decodeIfPresent([AnswerSummary].self, forKey: .answers)
    }
}
