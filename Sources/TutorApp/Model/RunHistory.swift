import Experiments

/// The finished runs of the experiment on screen, kept so the next run can be compared with them:
/// values, like the rest of the model (a run is its settings and its last frame).
///
/// Bounded to the last `perPage` runs of each page, and emptied when the knobs of a different
/// experiment apply, so it never grows with a long session.
public struct RunHistory: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// The run's token (`RunRequest.token`): tells the run on screen from earlier ones.
        public let token: Int
        public let pageID: String
        public let run: ComparedRun
    }

    /// Runs kept per page: enough for the runs table to show a short series of settings.
    public static let perPage = 3

    public private(set) var experimentID: String?
    /// Oldest first.
    public private(set) var entries: [Entry] = []

    public init() {}

    /// Keeps a finished run; the oldest run of its page goes once the page has `perPage`.
    mutating func record(_ live: LiveRun, pageID: String) {
        keepOnly(experiment: live.request.experimentID)
        guard !entries.contains(where: { $0.token == live.token }) else { return }
        entries.append(Entry(token: live.token, pageID: pageID,
                             run: ComparedRun(settings: live.settings, frame: live.frame, isFinished: true)))
        let onPage = entries.filter { $0.pageID == pageID }
        if onPage.count > Self.perPage, let oldest = onPage.first {
            entries.removeAll { $0.token == oldest.token }
        }
    }

    /// Forgets every run unless they are runs of `experiment` (the knobs about to apply).
    mutating func keepOnly(experiment: String?) {
        guard experiment != experimentID else { return }
        experimentID = experiment
        entries = []
    }

    /// The runs of `pageID` other than the run with `token` (the one on screen), oldest first.
    func earlier(onPage pageID: String, than token: Int?) -> [Entry] {
        entries.filter { $0.pageID == pageID && $0.token != token }
    }
}
