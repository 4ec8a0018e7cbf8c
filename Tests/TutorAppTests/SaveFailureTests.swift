import Course
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// A failed save is told in full: the footer grows to wrap the reason instead of cutting it at
/// the screen's edge (the host also repeats it on stderr after quitting, see the end-to-end test).
@Suite struct SaveFailureTests {
    static let reason = "cannot save progress in /home/student/.local/state/dltutor: /home/student/.local/state/dltutor/progress.lock is locked by another process (pid 4242, dltutor); it is saved once that process lets go"

    @Test func aLongSaveFailureWrapsInTheFooter() throws {
        var model = try TutorModelTests.makeModel(width: 80, height: 24)
        let before = model.view().lines()
        model.showProgressNotSaved(Self.reason)
        let lines = model.view().lines()
        #expect(lines.count == 24)
        let footer = lines.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }
        // Every word of the message is on screen, in order, across the footer's lines.
        #expect(footer.joined(separator: " ") == "Progress could not be saved: " + Self.reason, "\(footer)")
        // Only the footer changed: the lines above it are the same as before, less the rows it took.
        #expect(Array(lines.prefix(20)) == Array(before.prefix(20)))
        // A short one still takes one line.
        var short = try TutorModelTests.makeModel(width: 80, height: 24)
        short.showProgressNotSaved("disk full")
        #expect(short.view().lines()[23].hasPrefix("Progress could not be saved: disk full"))
        #expect(short.view().lines()[22] == before[22])
    }
}
