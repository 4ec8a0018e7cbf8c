import Experiments
import Foundation

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

    public func isStale(now: Double) -> Bool { now - heartbeat > Self.staleAfter }

    /// The same state with the bookkeeping fields (session, pid, times) cleared, to tell whether
    /// anything a follower cares about changed.
    public var content: PresentationState {
        var copy = self
        copy.session = ""
        copy.pid = 0
        copy.started = 0
        copy.heartbeat = 0
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
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
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
        return .success(state)
    }

    enum CodingKeys: String, CodingKey {
        case version, name, session, pid, started, heartbeat, lesson, page, experiment, knobs, run, showingRun, runKnobs, seed
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
    }

    /// Knob settings as `name=value` texts that parse back to exactly the same values.
    public static func assignments(_ settings: KnobSettings) -> [String] {
        settings.knobs.compactMap { knob in
            guard let value = settings[knob.id] else { return nil }
            let text: String
            switch value {
            case .number(let number): text = "\(number)"  // shortest text that reads back exactly
            case .integer(let number): text = String(number)
            case .choice(let choice): text = choice
            case .toggle(let on): text = on ? "on" : "off"
            }
            return "\(knob.id)=\(text)"
        }
    }
}

/// What the follower's host learned about the presentation it follows.
public enum PresentationEvent: Equatable, Sendable {
    /// The presenter wrote a new, well-formed state.
    case update(PresentationState)
    /// The file changed but could not be used (not JSON, missing fields, too large…).
    case unreadable(String)
    /// The presenter is not there: its file is gone, or it stopped writing, or its process ended.
    case gone(PresenterAbsence)
}

public enum PresenterAbsence: Equatable, Sendable {
    /// No file: the presenter quit (or has not started yet).
    case noFile
    /// The file was not rewritten for a while, or the process that wrote it has ended.
    case stale
}

public enum PresentationError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): reason
        }
    }
}

/// Presentation names become file names in a shared directory: only letters, digits, `-` and `_`.
public enum PresentationName {
    public static let maximumLength = 64

    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= maximumLength
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    /// Why `name` is refused, or nil when it is fine.
    public static func problem(with name: String) -> String? {
        isValid(name) ? nil
            : "'\(name)' is not a valid presentation name: use 1 to \(maximumLength) letters, digits, '-' or '_'"
    }

    /// A valid name made from something like a login name: other characters become `-`.
    public static func sanitized(_ text: String) -> String {
        let scalars = text.unicodeScalars.prefix(maximumLength).map { scalar -> Character in
            isValid(String(scalar)) ? Character(scalar) : "-"
        }
        let name = String(scalars)
        return name.isEmpty ? "class" : name
    }
}
