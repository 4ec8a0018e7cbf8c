import Synchronization

/// The ids of the knobs read through `KnobSettings[_:]` while it is bound, in reading order.
///
/// Only tests bind it: they run every experiment with a log and compare the knobs its run read
/// with the knobs it lists, so a knob that cannot be turned (read, not listed) or does nothing
/// (listed, never read) fails a test instead of reaching a student.
public final class KnobReadLog: Sendable {
    @TaskLocal public static var current: KnobReadLog?

    private let ids = Mutex<[String]>([])

    public init() {}

    public var readIDs: [String] { ids.withLock { $0 } }

    func record(_ id: String) {
        ids.withLock { $0.append(id) }
    }
}
