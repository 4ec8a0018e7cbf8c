import Foundation
import TerminalBackend
import TutorApp
#if canImport(Glibc)
import Glibc
#endif

/// The host's part of presenting and following, plugged into the tutor's loop in `TutorCommand`.
///
/// A presenter publishes the model's `presentationSnapshot` whenever an update says it changed
/// (`Effect.publishPresentation`) and rewrites it every few seconds as a heartbeat. A follower
/// looks at the presenter's file at most twice a second, from inside the wait for input (a 0.5 s
/// input timeout, no redraw unless something arrived), and hands what it read to the model as
/// `Message.presentation`. Neither uses any CPU worth measuring while the class sits idle.
final class ClassroomHost {
    static let pollInterval = 0.5

    private enum Role {
        case presenter(PresentationPublisher)
        case follower(PresentationReader)
    }

    private let role: Role
    private var pending: [Message] = []
    private var problem: String?
    private var nextPoll = 0.0
    private var nextHeartbeat = 0.0

    private init(role: Role) {
        self.role = role
    }

    /// Starts presenting or following as the options ask (nil for an ordinary session). `--follow`
    /// without a name lists the live presentations and asks which one, before the screen is taken.
    static func start(_ options: TutorOptions, environment: [String: String]) throws(ClassroomError) -> ClassroomHost? {
        let directory = PresentationDirectory.standard(environment: environment)
        switch options.classroom {
        case nil:
            return nil
        case .present(let name):
            return ClassroomHost(role: .presenter(try PresentationPublisher(directory: directory, name: name)))
        case .follow(let name?):
            return ClassroomHost(role: .follower(PresentationReader(directory: directory, name: name)))
        case .follow(nil):
            let name = try choosePresentation(in: directory)
            return ClassroomHost(role: .follower(PresentationReader(directory: directory, name: name)))
        }
    }

    /// The live presentations as lines for a person, numbered when `numbered`.
    static func listing(_ directory: PresentationDirectory, numbered: Bool) -> (names: [String], lines: [String]) {
        let live = directory.livePresentations(now: PresentationFile.wallClock)
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm"
        let lines = live.enumerated().map { index, entry in
            // Anyone may write these files: print no control characters (terminal escapes).
            let place = [entry.state.lesson, entry.state.page].compactMap { $0 }.map(printable).joined(separator: " › ")
            let since = entry.state.started > 0 ? ", since " + formatter.string(from: Date(timeIntervalSince1970: entry.state.started)) : ""
            let prefix = numbered ? "\(index + 1)) " : ""
            return "\(prefix)\(entry.state.name)  — \(entry.owner)\(since)" + (place.isEmpty ? "" : ", at \(place)")
        }
        return (live.map(\.state.name), lines)
    }

    /// `text` without control characters, at most 60 characters long.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }.prefix(60)))
    }

    private static func choosePresentation(in directory: PresentationDirectory) throws(ClassroomError) -> String {
        let (names, lines) = listing(directory, numbered: true)
        guard !names.isEmpty else {
            throw ClassroomError(description: "no live presentations in \(directory.path); start one with 'dltutor --present NAME', or wait for it with 'dltutor --follow NAME'")
        }
        if names.count == 1 {
            print("Following \(names[0]).")
            return names[0]
        }
        print("Live presentations:\n" + lines.joined(separator: "\n"))
        while true {
            FileHandle.standardOutput.write(Data("Follow which one? (1-\(names.count), or a name; empty to cancel) ".utf8))
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else {
                throw ClassroomError(description: "no presentation chosen")
            }
            if let number = Int(answer), names.indices.contains(number - 1) { return names[number - 1] }
            if names.contains(answer) { return answer }
            print("'\(answer)' is not in the list.")
        }
    }

    // MARK: In the tutor's loop

    /// Sets the model's role and publishes (presenter) or reads (follower) for the first time;
    /// what was read reaches the model with the loop's first `deliver`.
    func attach(to model: inout TutorModel) {
        switch role {
        case .presenter(let publisher):
            model.startPresenting(as: publisher.name)
            publish(model)
        case .follower(let reader):
            model.startFollowing(reader.name)
            poll(reader)
        }
    }

    /// Applies what was read since the last look (before the screen is drawn) and returns the
    /// model's effects for the host to perform (saving progress, starting the presenter's run).
    func deliver(to model: inout TutorModel) -> [Effect] {
        var effects: [Effect] = []
        if let problem {
            model.showPresentationNotPublished(problem)
            self.problem = nil
        }
        while !pending.isEmpty {
            effects += model.update(pending.removeFirst())
        }
        return effects
    }

    /// Waits for the next terminal event like `Terminal.nextEvent`, doing the classroom's own
    /// periodic work meanwhile; returns nil on timeout or when it has something to deliver.
    func nextEvent(from terminal: Terminal, timeout: Double?, now: () -> Double) -> TerminalEvent? {
        let deadline = timeout.map { now() + $0 }
        while true {
            let periodic: Double
            switch role {
            case .presenter: periodic = nextHeartbeat
            case .follower: periodic = nextPoll
            }
            var wait = max(0, periodic - now())
            if let deadline { wait = min(wait, max(0, deadline - now())) }
            if let event = terminal.nextEvent(timeout: wait) { return event }
            if now() >= periodic {
                switch role {
                case .presenter(let publisher):
                    if let last = publisher.last { publishState(last, publisher) }
                    nextHeartbeat = now() + PresentationState.heartbeatInterval
                    if problem != nil { return nil }
                case .follower(let reader):
                    nextPoll = now() + Self.pollInterval
                    poll(reader)
                    if !pending.isEmpty { return nil }
                }
            }
            if let deadline, now() >= deadline { return nil }
        }
    }

    /// After each update: a presenter publishes when the model says its state changed.
    func didUpdate(_ model: TutorModel, effects: [Effect]) {
        if effects.contains(.publishPresentation) { publish(model) }
    }

    /// Leaves the class: a presenter removes its file (on every way out the loop has).
    func leave() {
        if case .presenter(let publisher) = role { publisher.remove() }
    }

    private func publish(_ model: TutorModel) {
        guard case .presenter(let publisher) = role, let snapshot = model.presentationSnapshot else { return }
        publishState(snapshot, publisher)
    }

    private func publishState(_ snapshot: PresentationState, _ publisher: PresentationPublisher) {
        do {
            try publisher.publish(snapshot)
        } catch {
            problem = error.description
        }
    }

    private func poll(_ reader: PresentationReader) {
        if let event = reader.poll(now: PresentationFile.wallClock) { pending.append(.presentation(event)) }
    }
}
