import Course
import Experiments
import Testing
import TextCharts
@testable import TutorApp

/// Whole screens at the smallest size (a page in each of its views: `FullScreenViewTests`), every row written out (as ratatui's snapshot tests do), in
/// UTF-8 and in ASCII: a change anywhere on them shows here, row by row. The runs are real runs of
/// the real experiment, stepped as the host would.
@Suite struct FullScreenTests {
    enum Scene: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case overview, checkpointAnswered, help, follower
        var testDescription: String { rawValue }
    }

    static func model(_ scene: Scene, ascii: Bool) throws -> TutorModel {
        let options = RenderOptions(charset: ascii ? .ascii : .unicode, color: false)
        var model = TutorModel(course: try TutorModelTests.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: options, seed: 1)
        model.update(.resize(width: 80, height: 24))
        switch scene {
        case .overview:
            break
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




    /// A checkpoint answered right, its verdict brought into view.
    @Test func checkpointAnsweredUTF8() throws {
        try Self.expectScreen(.checkpointAnswered, ascii: false, #"""
          Gradient checking › Which is better?                                  page 2/2
          A long explanation comes first, so that at 80×24 the checkpoint starts below
          the fold of the text pane once a run is on screen and the pane shrinks to a
          few rows: the verdict must still be brought into view when the student
          answers, or they would answer blind and see nothing happen.

          ▶ Checkpoint: When ε is divided by 10, the two-sided error is divided by
          about…
            1) 10
            2) 100
            3) 1000
          ✓ Right. The two-sided difference has error of order ε².

          End of the lesson. n: next lesson (Numbers); q: lesson list







         ────────────────────────────────────────────────────────────────────────────────
          ▶ One-sided vs two-sided differences — press r to run
         n next lesson  ↑↓ scroll  r run  v split  Tab text  1-9 answer  ? help  q back
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
          • │ ← →  - +  0-9  change the focused knob; type its value (or Enter)      │
          • │ v             switch view: text / split / lab (the whole run)          │
          • │ x y z         apply the page's preset 1, 2, 3 (listed under the knobs) │
          • │ r             run again with the current knobs                         │
          • │ o             show / hide the previous run on the chart                │
            │ Esc           cancel a run; close this help                            │
            │ g G           top / bottom of the page (g again: page 1)               │
            │ e             edit the page's exercise in your editor                  │
            │ 1-9           answer the focused checkpoint (again to change it)       │
            │ f             when following a presentation: explore / rejoin          │
            │ a             when presenting: show / hide class answers               │
            │ ?             this help                                                │
            │ t             glossary: terms in English and Chinese                   │
         ───│ q             back to the lesson list; quit                            │───
          ▶ └────────────────────────────────────────────────────────────────────────┘
         Esc close help   t glossary
         """#)
    }

    /// A follower's screen after the presenter's run finished there.
    @Test func followerUTF8() throws {
        try Self.expectScreen(.follower, ascii: false, #"""
          Gradient checking › Two-sided differences          [following alice]  page 1/2
                                                                                        ↑
          • one
          • two
          • three
          • four
          • five
          • six
          • seven                                                                       ↓
         ────────────────────────────────────────────────────────────────────────────────
          function: sin   theta: 0.5   points-per-decade: 4
          One-sided vs two-sided differences  [████████████████████] 100% done
          |numerical − exact| derivative of sin θ at θ=0.5
          error                                 * one-sided |error|  o two-sided |error|
               │                                                                ⢀⣀⣀⣀⠤⠤⠤*
           1e-3┤ ⢀⣀                                                  ⣀⣀*⡠⠤⠒⠒⠒⠊⠉*⠁ ⣀⣀⠤⠔⠒o
           1e-6┤⠚⠉⠉⠛⠲⠤o⠤⠤⣤⢄⡀                            ⣀⣀⣀⡠⠤⠤⠔*⠒⠒⠉⠉⠉      ⢀⣀⡠⠤o⠊⠉
               │          ⠉⠉⠉⠉o⠛⠉⠳⡒⠒⠤⣀⣀o⣀  ⢀⣀⣀⡠*⠤⠔⠒⠒⠒⠉⠉*             ⣀⣀o⠔⠒⠉⠁
           1e-9┤                  ⠈⠢⠊   ⠉⠓⠴⠓⠒⠒⠢o⠤⣀            ⢀o⠤⠤⠒⠊⠉
          1e-12┤                                  ⠉⠉⠉⠉⠑o⠒⠒⠤⠤⠔⠊⠁
               └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
              1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
          … 8 more lines of findings: press v for the lab view
         following alice   f explore   ↑↓ scroll   v view   ? help   q quit
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




    /// A checkpoint answered right, its verdict brought into view. In ASCII.
    @Test func checkpointAnsweredASCII() throws {
        try Self.expectScreen(.checkpointAnswered, ascii: true, #"""
          Gradient checking > Which is better?                                  page 2/2
          A long explanation comes first, so that at 80x24 the checkpoint starts below
          the fold of the text pane once a run is on screen and the pane shrinks to a
          few rows: the verdict must still be brought into view when the student
          answers, or they would answer blind and see nothing happen.

          > Checkpoint: When eps is divided by 10, the two-sided error is divided by
          about...
            1) 10
            2) 100
            3) 1000
          v Right. The two-sided difference has error of order eps^2.

          End of the lesson. n: next lesson (Numbers); q: lesson list







         --------------------------------------------------------------------------------
          > One-sided vs two-sided differences -- press r to run
         n next lesson  ^v scroll  r run  v split  Tab text  1-9 answer  ? help  q back
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
          -| <- ->  - +  0-9  change the focused knob; type its value (or Enter)      |
          -| v             switch view: text / split / lab (the whole run)            |
          -| x y z         apply the page's preset 1, 2, 3 (listed under the knobs)   |
          -| r             run again with the current knobs                           |
          -| o             show / hide the previous run on the chart                  |
           | Esc           cancel a run; close this help                              |
           | g G           top / bottom of the page (g again: page 1)                 |
           | e             edit the page's exercise in your editor                    |
           | 1-9           answer the focused checkpoint (again to change it)         |
           | f             when following a presentation: explore / rejoin            |
           | a             when presenting: show / hide class answers                 |
           | ?             this help                                                  |
           | t             glossary: terms in English and Chinese                     |
         --| q             back to the lesson list; quit                              |--
          >+--------------------------------------------------------------------------+
         Esc close help   t glossary
         """#)
    }

    /// A follower's screen after the presenter's run finished there. In ASCII.
    @Test func followerASCII() throws {
        try Self.expectScreen(.follower, ascii: true, #"""
          Gradient checking > Two-sided differences          [following alice]  page 1/2
                                                                                        ^
          - one
          - two
          - three
          - four
          - five
          - six
          - seven                                                                       v
         --------------------------------------------------------------------------------
          function: sin   theta: 0.5   points-per-decade: 4
          One-sided vs two-sided differences  [####################] 100% done
          |numerical - exact| derivative of sin theta at theta=0.5
          error                                 * one-sided |error|  o two-sided |error|
               |                                                                     ***
           1e-3+                                                       *************oooo
           1e-6+oooooooooo*                             ***************     oooooooo
               |          ooooooooo**ooooo *************             ooooooo
           1e-9+                   oo     ooooooooooooo      oooooooo
          1e-12+                                       oooooo
               ++------------+------------+------------+------------+-------------------
              1e-12        1e-10         1e-8         1e-6         1e-4              eps
          ... 8 more lines of findings: press v for the lab view
         following alice   f explore   ^v scroll   v view   ? help   q quit
         """#)
    }
}
