import Course
import Experiments
import Testing
import TextCharts
@testable import TutorApp

/// Whole screens at the smallest size, every row written out (as ratatui's snapshot tests do), in
/// UTF-8 and in ASCII: a change anywhere on them shows here, row by row. The runs are real runs of
/// the real experiment, stepped as the host would.
@Suite struct FullScreenTests {
    enum Scene: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case overview, pageBeforeRun, pageDuringRun, pageAfterRun, checkpointAnswered, help, follower
        var testDescription: String { rawValue }
    }

    static func model(_ scene: Scene, ascii: Bool) throws -> TutorModel {
        let options = RenderOptions(charset: ascii ? .ascii : .unicode, color: false)
        var model = TutorModel(course: try TutorModelTests.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: options, seed: 1)
        model.update(.resize(width: 80, height: 24))
        switch scene {
        case .overview:
            break
        case .pageBeforeRun:
            model.update(.key(.enter))
        case .pageDuringRun:
            model.update(.key(.enter))
            model.update(.key(.character("r")))
            TutorModelTests.stepRun(&model, steps: 20)
        case .pageAfterRun:
            model.update(.key(.enter))
            model.update(.key(.character("r")))
            TutorModelTests.finishRun(&model)
        case .checkpointAnswered:
            model.update(.key(.enter))
            model.update(.key(.character("n")))
            model.update(.key(.character("2")))
        case .help:
            model.update(.key(.enter))
            model.update(.key(.character("?")))
        case .follower:
            model.startFollowing("alice")
            model.update(.presentation(.update(FollowModeTests.state(knobs: ["function=sin", "theta=0.5"], run: 1, showingRun: true))))
            TutorModelTests.finishRun(&model)
            model.update(.key(.down))
        }
        return model
    }

    /// Compares row by row, naming the first row that differs; prints the whole screen to paste.
    static func expectScreen(_ scene: Scene, ascii: Bool, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = try model(scene, ascii: ascii).view().lines()
        let rows = expected.components(separatedBy: "\n")
        if actual != rows {
            let first = (0..<min(actual.count, rows.count)).first { actual[$0] != rows[$0] } ?? min(actual.count, rows.count)
            Issue.record("""
                \(scene.rawValue) (\(ascii ? "ASCII" : "UTF-8")) differs first in row \(first):
                  expected: \(first < rows.count ? rows[first] : "(no row)")
                  actual:   \(first < actual.count ? actual[first] : "(no row)")
                the whole screen:
                \(actual.joined(separator: "\n"))
                """, sourceLocation: sourceLocation)
        }
        if ascii { #expect(actual.joined().unicodeScalars.allSatisfy { $0.isASCII }, sourceLocation: sourceLocation) }
    }

    /// The lesson list, with a broken lesson among the good ones.
    @Test func overviewUTF8() throws {
        try Self.expectScreen(.overview, ascii: false, #"""
         dltutor — the practical side of deep learning

         Choose a lesson and press Enter. Every page comes with a live experiment you
         can run.

         ▶ 1. Gradient checking  (0/2 pages)
           2. Broken lesson — broken: the front matter has no 'summary': add a line 's…
           3. Numbers  (0/1 pages)















        ↑↓ choose   Enter open   ? help   t glossary   q quit
        """#)
    }

    /// A lesson page with its experiment's knobs, before running it.
    @Test func pageBeforeRunUTF8() throws {
        try Self.expectScreen(.pageBeforeRun, ascii: false, #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six                                                                   ↓ more
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as ε shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.







        n/p page   ↑↓ scroll   r run   Tab knobs   ? help   q back
        """#)
    }

    /// The same page 20 steps into the run (of 45): the chart fills in, the footer offers Esc.
    @Test func pageDuringRunUTF8() throws {
        try Self.expectScreen(.pageDuringRun, ascii: false, #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one                                                                   ↓ more
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [█████████░░░░░░░░░░░] 44% running
         |numerical − exact| derivative of θ³ at θ=1
         error                                 * one-sided |error|  o two-sided |error|
             1┤                                                                     ⢀**
              │                                                               *⡠**⠒*⠁
          0.01┤                                                        ⢀**⠔*⠊*      ⣀oo
              │                                                  *⡠**⠒*⠁        ⢀o⠔o
          1e-4┤                                           ⢀**⠔**⠉            ⢀o⠒o
              │                                        *⠒*⠁               ⣀o⠒o
          1e-6┤                                                       o⠤oo
          1e-8┤                                                    oo⠊⠁
              │                                                o⡠o⠉
         1e-10┤                                             o⠤o⠁
              │                                        o⠤⡀⡠o⠁
         1e-12┤                                          o
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
        Esc cancel run   n/p page   ? help   q back
        """#)
    }

    /// The finished run: its chart and findings stay on screen.
    @Test func pageAfterRunUTF8() throws {
        try Self.expectScreen(.pageAfterRun, ascii: false, #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one                                                                   ↓ more
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [████████████████████] 100% done
         |numerical − exact| derivative of θ³ at θ=1
         error                                 * one-sided |error|  o two-sided |error|
             1┤                                                                ⢀⣀⣀⣀⠤⠤⠤*
          1e-3┤                                                     ⣀⣀*⡠⠤⠤⠔⠒⠒⠒*⠁   ⣀⡠⠔o
              │⠛⠶⠶⠶⢦⣄  ⣀⡀                                ⣀⣀⣀⠤⠤*⠒⠒⠉⠉⠉        ⢀⣀o⠔⠒⠉⠉
          1e-6┤     ⠘o⠞⠉⠙⠳⢄⣀⣀o⠤⠤⢄⣀⣀⣀⣀⡀       ⢀*⣀⡠⠤⠤⠤⠒⠊*⠉⠉              ⢀⣀⠤⠒⠉⠁
              │                   ⠉⠉⠉⠉o⠲⠤⣤⡊⠉⣉⡁                   ⣀⡠⠤⠒⠒o⠁
          1e-9┤                           ⠈⠉ ⠈o⢄⠤⠒⠒⠢⢄⡀      ⣀⠤o⠉⠉
         1e-12┤                                      ⠈o⠉⠉⠒⠊⠉
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
         • For ε ≥ 1e-4 the one-sided error falls like ε^1.00 and the two-sided like
           ε^2.00.
         • Read from the trend (each point smoothed over half a decade either side),
           the one-sided error bottoms out at about 3.4e-08 near ε=1.0e-08, the
         … 4 more lines of findings: enlarge the window or use 'dltutor run --json'
        n/p page   ↑↓ scroll   r run   Tab knobs   ? help   q back
        """#)
    }

    /// A checkpoint answered right, its verdict brought into view.
    @Test func checkpointAnsweredUTF8() throws {
        try Self.expectScreen(.checkpointAnswered, ascii: false, #"""
         Gradient checking › Which is better?                                  page 2/2
         ▶ Checkpoint: When ε is divided by 10, the two-sided error is divided by
         about…
           1) 10
           2) 100
           3) 1000
         ✓ Right. The two-sided difference has error of order ε².

         End of the lesson. n: next lesson (Numbers); q: lesson list           ↑ top: g
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as ε shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.







        n next lesson   ↑↓ scroll   r run   Tab text   1-9 answer   ? help   q back
        """#)
    }

    /// The help overlay over a lesson page.
    @Test func helpUTF8() throws {
        try Self.expectScreen(.help, ascii: false, #"""
         Gradient checking › Two-sided differences                             page 1/2
         Th┌────────────────────────────────────────────────────────────────────────┐
           │ Keys                                                                   │
         • │                                                                        │
         • │ ↑ ↓  j k      move / scroll / choose a knob                            │
         • │ Enter  1      resume a lesson (1: from page 1); run the experiment     │
         • │ n p  PgDn PgUp  next / previous page (← → too); last page: next lesson │
         • │ Tab           move focus: text → knobs → each checkpoint               │
         • │ ← →  - +  0-9  change the focused knob; type its value (or Enter)      │re
        ───│ x y z         apply the page's preset 1, 2, 3 (listed under the knobs) │───
         fu│ r             run again with the current knobs                         │
         On│ o             show / hide the previous run on the chart                │
         Er│ Esc           cancel a run; close this help                            │
         1e│ g G           top / bottom of the page (g again: page 1)               │
           │ e             edit the page's exercise in your editor                  │
         Pr│ 1-9           answer the focused checkpoint (again to change it)       │
           │ f             when following a presentation: explore / rejoin          │
           │ a             when presenting: show / hide class answers               │
           │ ?             this help                                                │
           │ t             glossary: terms in English and Chinese                   │
           │ q             back to the lesson list; quit                            │
           └────────────────────────────────────────────────────────────────────────┘

        Esc close help   t glossary
        """#)
    }

    /// A follower's screen after the presenter's run finished there.
    @Test func followerUTF8() throws {
        try Self.expectScreen(.follower, ascii: false, #"""
         Gradient checking › Two-sided differences          [following alice]  page 1/2

         • one
         • two                                                                   ↓ more
        ────────────────────────────────────────────────────────────────────────────────
         function: sin   theta: 0.5   points-per-decade: 4
         One-sided vs two-sided differences  [████████████████████] 100% done
         |numerical − exact| derivative of sin θ at θ=0.5
         error                                 * one-sided |error|  o two-sided |error|
              │                                                                  ⣀⣀⣀⡠⠤*
          1e-3┤                                                        ⢀⣀⠤⠤⠤⠔⠒*⠊⠉  ⣀⡠⠤o
              │⠤⠒⠒⠶⢤⣀                                       ⣀⣀*⠤⠤⠒⠒⠒⠉⠉*⠁      o⠤⠒⠉⠉
          1e-6┤      o⠉⠉⠛⠵⠦⢄⣀*⣀⡤⣄⣀⣀               ⢀⣀⠤⠤*⠒⠒⠒⠊⠉            ⢀⡠⠔⠒⠊⠉
              │              o⠁ ⠈⢢ ⢑⠤⠤o⠶⡄ ⡠⠤⠤⠔*⠉⠉⠉⠁               ⢀⣀⠤⠤o⠊⠁
          1e-9┤                   ⠑⠁    ⠈⠚⠉⠉⠉⠑o⠒⢄            ⢀o⠤⠔⠊⠁
         1e-12┤                                  ⠉⠉⠉⠉⠑o⠒⠒⠒⠢⠔⠊⠁
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
         • For ε ≥ 1e-4 the one-sided error falls like ε^1.01 and the two-sided like
           ε^2.00.
         • Read from the trend (each point smoothed over half a decade either side),
           the one-sided error bottoms out at about 3.0e-09 near ε=5.6e-09, the
         … 4 more lines of findings: enlarge the window or use 'dltutor run --json'
        following alice   f explore   ↑↓ scroll   ? help   q quit
        """#)
    }

    /// The lesson list, with a broken lesson among the good ones. In ASCII.
    @Test func overviewASCII() throws {
        try Self.expectScreen(.overview, ascii: true, #"""
         dltutor -- the practical side of deep learning

         Choose a lesson and press Enter. Every page comes with a live experiment you
         can run.

         > 1. Gradient checking  (0/2 pages)
           2. Broken lesson -- broken: the front matter has no 'summary': add a line '~
           3. Numbers  (0/1 pages)















        ^v choose   Enter open   ? help   t glossary   q quit
        """#)
    }

    /// A lesson page with its experiment's knobs, before running it. In ASCII.
    @Test func pageBeforeRunASCII() throws {
        try Self.expectScreen(.pageBeforeRun, ascii: true, #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six                                                                   v more
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as eps shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.







        n/p page   ^v scroll   r run   Tab knobs   ? help   q back
        """#)
    }

    /// The same page 20 steps into the run (of 45): the chart fills in, the footer offers Esc. In ASCII.
    @Test func pageDuringRunASCII() throws {
        try Self.expectScreen(.pageDuringRun, ascii: true, #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one                                                                   v more
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [#########-----------] 44% running
         |numerical - exact| derivative of theta^3 at theta=1
         error                                 * one-sided |error|  o two-sided |error|
             1+                                                                       *
              |                                                               ********
          0.01+                                                        *******     oooo
          1e-4+                                                ********         ooo
              |                                        ********             oooo
          1e-6+                                                        ooooo
              |                                                     ooo
          1e-8+                                                ooooo
         1e-10+                                             ooo
              |                                        ooooo
         1e-12+
              ++------------+------------+------------+------------+------------+------
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01
                                                 eps
        Esc cancel run   n/p page   ? help   q back
        """#)
    }

    /// The finished run: its chart and findings stay on screen. In ASCII.
    @Test func pageAfterRunASCII() throws {
        try Self.expectScreen(.pageAfterRun, ascii: true, #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one                                                                   v more
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [####################] 100% done
         |numerical - exact| derivative of theta^3 at theta=1
         error                                 * one-sided |error|  o two-sided |error|
             1+                                                                     ***
              |                                                        ************oooo
          1e-3+oooooo  **                                  ************       ooooo
          1e-6+      ooooooooooooo*****       *************           oooooooo
              |                   ooooooooooooo                ooooooo
          1e-9+                                oooooooooo  oooo
         1e-12+                                          oo
              ++------------+------------+------------+------------+-------------------
             1e-12        1e-10         1e-8         1e-6         1e-4              eps
         - For eps >= 1e-4 the one-sided error falls like eps^1.00 and the two-sided
           like eps^2.00.
         - Read from the trend (each point smoothed over half a decade either side),
           the one-sided error bottoms out at about 3.4e-08 near eps=1.0e-08, the
         ... 4 more lines of findings: enlarge the window or use 'dltutor run --json'
        n/p page   ^v scroll   r run   Tab knobs   ? help   q back
        """#)
    }

    /// A checkpoint answered right, its verdict brought into view. In ASCII.
    @Test func checkpointAnsweredASCII() throws {
        try Self.expectScreen(.checkpointAnswered, ascii: true, #"""
         Gradient checking > Which is better?                                  page 2/2
         > Checkpoint: When eps is divided by 10, the two-sided error is divided by
         about...
           1) 10
           2) 100
           3) 1000
         v Right. The two-sided difference has error of order eps^2.

         End of the lesson. n: next lesson (Numbers); q: lesson list           ^ top: g
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as eps shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.







        n next lesson   ^v scroll   r run   Tab text   1-9 answer   ? help   q back
        """#)
    }

    /// The help overlay over a lesson page. In ASCII.
    @Test func helpASCII() throws {
        try Self.expectScreen(.help, ascii: true, #"""
         Gradient checking > Two-sided differences                             page 1/2
         T+--------------------------------------------------------------------------+
          | Keys                                                                     |
         -|                                                                          |
         -| ^ v  j k      move / scroll / choose a knob                              |
         -| Enter  1      resume a lesson (1: from page 1); run the experiment       |
         -| n p  PgDn PgUp  next / previous page (<- -> too); last page: next lesson |
         -| Tab           move focus: text -> knobs -> each checkpoint               |
         -| <- ->  - +  0-9  change the focused knob; type its value (or Enter)      |e
        --| x y z         apply the page's preset 1, 2, 3 (listed under the knobs)   |--
         f| r             run again with the current knobs                           |
         O| o             show / hide the previous run on the chart                  |
         E| Esc           cancel a run; close this help                              |
         1| g G           top / bottom of the page (g again: page 1)                 |
          | e             edit the page's exercise in your editor                    |
         P| 1-9           answer the focused checkpoint (again to change it)         |
          | f             when following a presentation: explore / rejoin            |
          | a             when presenting: show / hide class answers                 |
          | ?             this help                                                  |
          | t             glossary: terms in English and Chinese                     |
          | q             back to the lesson list; quit                              |
          +--------------------------------------------------------------------------+

        Esc close help   t glossary
        """#)
    }

    /// A follower's screen after the presenter's run finished there. In ASCII.
    @Test func followerASCII() throws {
        try Self.expectScreen(.follower, ascii: true, #"""
         Gradient checking > Two-sided differences          [following alice]  page 1/2

         - one
         - two                                                                   v more
        --------------------------------------------------------------------------------
         function: sin   theta: 0.5   points-per-decade: 4
         One-sided vs two-sided differences  [####################] 100% done
         |numerical - exact| derivative of sin theta at theta=0.5
         error                                 * one-sided |error|  o two-sided |error|
              |                                                                     ***
          1e-3+                                                          ***********ooo
              |ooooo                                          ***********     oooooo
          1e-6+     oooooooooo*oo***             *************         ooooooo
          1e-9+               o  o  ooooo **oo***                  oooo
              |                   oo     ooo  oooooooo      ooooooo
         1e-12+                                       oooooo
              ++------------+------------+------------+------------+-------------------
             1e-12        1e-10         1e-8         1e-6         1e-4              eps
         - For eps >= 1e-4 the one-sided error falls like eps^1.01 and the two-sided
           like eps^2.00.
         - Read from the trend (each point smoothed over half a decade either side),
           the one-sided error bottoms out at about 3.0e-09 near eps=5.6e-09, the
         ... 4 more lines of findings: enlarge the window or use 'dltutor run --json'
        following alice   f explore   ^v scroll   ? help   q quit
        """#)
    }
}
