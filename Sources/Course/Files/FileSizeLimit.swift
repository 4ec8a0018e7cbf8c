/// The largest lesson, manifest and progress files dltutor reads (documented in
/// `Lessons/FORMAT.md`).
///
/// Every lesson is parsed when the tutor starts, and progress is read and rewritten on every save
/// on the UI thread, so one huge file (a mistake, or a classmate's overlay) must not stall it. The
/// limits leave a wide margin: the shipped lessons are at most about 10 KB and a student's progress
/// through the whole course a few KB.
public enum FileSizeLimit {
    /// A lesson file (`en/<id>.md`): 4 MiB, several hundred times the largest shipped lesson.
    public static let lesson = 4 << 20
    /// `course.txt`: 1 MiB, room for tens of thousands of lesson ids.
    public static let manifest = 1 << 20
    /// `progress.json`: 1 MiB, a few hundred times a student's progress through the whole course.
    public static let progress = 1 << 20

    /// `bytes` for a person: "4 MiB", "812 KiB", "17 bytes".
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 || bytes >= 10 << 20 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 { return String(printf: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
