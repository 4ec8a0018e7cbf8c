import Course
import Experiments
import Foundation
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// A lesson page at 80×24 in each of its views (text, split, lab), before, during and after a real
/// run, in UTF-8 and ASCII, in English and Chinese: every row written out, so any change to where
/// the page text, the strip, the knobs, the chart and the findings go shows here row by row.
@Suite struct FullScreenViewTests {
    enum Phase: String, CaseIterable, Sendable { case before, during, after }

    struct Scene: CustomTestStringConvertible, Sendable {
        let language: Language
        let ascii: Bool
        let view: PageView
        let phase: Phase
        var key: String { "\(language)-\(ascii ? "ascii" : "utf8")-\(view)-\(phase)" }
        var testDescription: String { key }
    }

    static let scenes: [Scene] = [Language.en, .zh].flatMap { language in
        [false, true].flatMap { ascii in
            PageView.allCases.flatMap { view in Phase.allCases.map { Scene(language: language, ascii: ascii, view: view, phase: $0) } }
        }
    }

    /// The Chinese page: the English test page's first page, translated.
    static let chineseLessonText = """
    ---
    id: checking
    title: 梯度检验
    summary: 用数值差分核对反向传播。
    ---

    ## 双侧差分 {#two-sided}

    双侧差分的误差是 *ε²* 阶的；按 `r` 看一看。

    - 一
    - 二
    - 三
    - 四
    - 五
    - 六
    - 七
    - 八
    - 九
    - 十

    ```experiment gradcheck.epsilon
    function = cube
    theta = 1
    ```
    """

    static func course(_ language: Language) throws -> Course {
        guard language == .zh else { return try TutorModelTests.makeCourse() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-views-\(UUID().uuidString)")
        // The course is read whole by the loader: its files need not outlive it.
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("zh"), withIntermediateDirectories: true)
        try "checking\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try chineseLessonText.write(to: directory.appendingPathComponent("zh/checking.md"), atomically: true, encoding: .utf8)
        return try CourseLoader.load(directory: directory, language: .zh)
    }

    static func model(_ scene: Scene) throws -> TutorModel {
        let options = RenderOptions(charset: scene.ascii ? .ascii : .unicode, color: false)
        var model = TutorModel(course: try course(scene.language), catalog: LessonCatalog(ExperimentCatalog.all), options: options, seed: 1)
        model.update(.resize(width: 80, height: 24))
        model.update(.key(.enter))
        // The student's keys: `v` until the view is reached, then `r`; a run from the text view moves to the lab.
        while model.pageView != scene.view { model.update(.key(.character("v"))) }
        switch scene.phase {
        case .before: break
        case .during:
            model.update(.key(.character("r")))
            TutorModelTests.stepRun(&model, steps: 20)
        case .after:
            model.update(.key(.character("r")))
            TutorModelTests.finishRun(&model)
        }
        while model.pageView != scene.view { model.update(.key(.character("v"))) }
        return model
    }

    @Test(arguments: scenes)
    func pageInEachView(_ scene: Scene) throws {
        let actual = try Self.model(scene).view().lines()
        let expected = try #require(Self.expected[scene.key], "no literal screen for \(scene.key)").components(separatedBy: "\n")
        if actual != expected {
            let first = (0..<min(actual.count, expected.count)).first { actual[$0] != expected[$0] } ?? min(actual.count, expected.count)
            Issue.record("""
                \(scene.key) differs first in row \(first):
                  expected: \(first < expected.count ? expected[first] : "(no row)")
                  actual:   \(first < actual.count ? actual[first] : "(no row)")
                the whole screen:
                \(actual.joined(separator: "\n"))
                """)
        }
        #expect(actual.count == 24)
        #expect(actual.allSatisfy { DisplayWidth.of($0) <= 80 })
        if scene.ascii { #expect(actual.joined().unicodeScalars.allSatisfy { $0.isASCII }) }
    }

    static let expected: [String: String] = [
        "en-utf8-text-before": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six
         • seven
         • eight
         • nine
         • ten








        ────────────────────────────────────────────────────────────────────────────────
         ▶ One-sided vs two-sided differences — press r to run
        n/p page   ↑↓ scroll   r run   v split   Tab knobs   ? help   q back
        """#,
        "en-utf8-text-during": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six
         • seven
         • eight
         • nine
         • ten








        ────────────────────────────────────────────────────────────────────────────────
         ▶ One-sided vs two-sided differences — running; v to watch
        Esc cancel run   n/p page   v view   ? help   q back
        """#,
        "en-utf8-text-after": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six
         • seven
         • eight
         • nine
         • ten








        ────────────────────────────────────────────────────────────────────────────────
         ✓ One-sided vs two-sided differences — done; v to see the results
        n/p page   ↑↓ scroll   r run   v split   Tab knobs   ? help   q back
        """#,
        "en-utf8-split-before": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six                                                                         ↓
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as ε shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.







        n/p page   ↑↓ scroll   r run   v lab   Tab knobs   ? help   q back
        """#,
        "en-utf8-split-during": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six                                                                         ↓
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [█████████░░░░░░░░░░░] 44% running
         |numerical − exact| derivative of θ³ at θ=1
         error                                 * one-sided |error|  o two-sided |error|
             1┤                                                                ⢀⣀⣀⣀⠤⠤⠤*
          1e-3┤                                                     ⣀⣀*⡠⠤⠤⠔⠒⠒⠒*⠁   ⣀⡠⠔o
              │                                          ⣀⣀⣀⠤⠤*⠒⠒⠉⠉⠉        ⢀⣀o⠔⠒⠉⠉
          1e-6┤                                        ⠈⠉              ⢀⣀⠤⠒⠉⠁
              │                                                  ⣀⡠⠤⠒⠒o⠁
          1e-9┤                                             ⣀⠤o⠉⠉
         1e-12┤                                        ⠈⠉⠒⠊⠉
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
        Esc cancel run   n/p page   v view   ? help   q back
        """#,
        "en-utf8-split-after": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.

         • one
         • two
         • three
         • four
         • five
         • six                                                                         ↓
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [████████████████████] 100% done
         |numerical − exact| derivative of θ³ at θ=1
         error                                 * one-sided |error|  o two-sided |error|
             1┤                                                               *⣀⣀⠤⠤⠤⠔⠒*
              │⣀⣀⣀                                               ⣀⣀⣀⠤⠤*⠔⠒⠒⠊⠉⠉⠉   ⣀⣀⠤⠔⠒o
          1e-4┤⠉⠒⠒⠛⠛⢳⡀⣠⠶⢦⣄                          ⣀⣀*⠤⠤⠤⠔⠒⠒⠊*⠉⠉         ⢀⣀⡠⠤o⠊⠉
          1e-8┤      o⠁  ⠈⠑⠒⠒o⠉⠉⠑⠒⠶⠶⠶⠶o⣄⡀⢀⡠⠤⠒⠒*⠉⠉⠉⠉⠉              ⢀⣀⠤⠤o⠊⠉⠉⠁
              │                         ⠈⠉⠒⠒⠉⠑o⢄⡠⠤⠤⠤⣀⡀      ⣀⡠o⠒⠒⠉⠁
         1e-12┤                                      ⠈o⠉⠑⠢⠒⠉
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
         … 8 more lines of findings: press v for the lab view
        n/p page   ↑↓ scroll   r run   v lab   Tab knobs   ? help   q back
        """#,
        "en-utf8-lab-before": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as ε shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.














        n/p page   ↑↓ scroll   r run   v text   Tab knobs   ? help   q back
        """#,
        "en-utf8-lab-during": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [█████████░░░░░░░░░░░] 44% running
         |numerical − exact| derivative of θ³ at θ=1
         error                               * one-sided |error|  o two-sided |error|
             1┤                                                                ⢀⣀⣀⡠⠤*
              │                                                       ⣀⣀⣀⠤⠔⠒*⠊⠉⠁  ⣀⠤o
          1e-3┤                                             ⢀⣀⠤⠤⠤⠒⠊⠉*⠉       ⣀⠤⠔⠒⠉
              │                                       ⠠⠔⠒⠉⠉*⠁           ⢀⡠⠔⠒o
          1e-6┤                                                    ⣀o⠤⠒⠊⠁
          1e-9┤                                               ⢀⡠⠤⠒⠉
              │                                       ⢀  ⢀⡠o⠔⠊⠁
         1e-12┤                                        ⠉⠊⠁
              └┬───────────┬────────────┬────────────┬───────────┬────────────┬──────
             1e-12       1e-10         1e-8         1e-6        1e-4         0.01   ε






        Esc cancel run   n/p page   v view   ? help   q back
        """#,
        "en-utf8-lab-after": #"""
         Gradient checking › Two-sided differences                             page 1/2
         The two-sided difference has error of order ε²; press r to see it.
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [████████████████████] 100% done
         |numerical − exact| derivative of θ³ at θ=1
         error                               * one-sided |error|  o two-sided |error|
             1┤                                                                ⢀⣀⣀⡠⠤*
              │                                                       ⣀⣀⣀⠤⠔⠒*⠊⠉⠁  ⣀⠤o
          1e-3┤⢖⡤⢄⣀*                                        ⢀⣀⠤⠤⠤⠒⠊⠉*⠉       ⣀⠤⠔⠒⠉
              │ ⠈⠉⠉o⢣⡀⡰⠫⢖⡄                         *⡠⠤⠤⠔⠒⠉⠉*⠁           ⢀⡠⠔⠒o
          1e-6┤      ⠑⠁  ⠉⠒o⠊⠉⠉⠉⠒⠲⠶o⢦⣄⡀   ⣀*⠤⠤⠒⠊⠉⠉⠉                ⣀o⠤⠒⠊⠁
          1e-9┤                      ⠈⠙⠓⠲⠮⣀o⢄⡀                ⢀⡠⠤⠒⠉
              │                              ⠈⠢⠔⠒⠊⠑o⢄⣀⣀  ⢀⡠o⠔⠊⠁
         1e-12┤                                        ⠉⠊⠁
              └┬───────────┬────────────┬────────────┬───────────┬────────────┬──────
             1e-12       1e-10         1e-8         1e-6        1e-4         0.01   ε
         • For ε ≥ 1e-4 the one-sided error falls like ε^1.00 and the two-sided like
           ε^2.00.
         • Read from the trend (each point smoothed over half a decade either side),
           the one-sided error bottoms out at about 3.4e-08 near ε=1.0e-08, the
           two-sided at about 2.6e-11 near ε=3.2e-06.
         • Below those ε, rounding error (≈1e-16/ε) takes over and both errors grow   ↓
        n/p page   ↑↓ scroll   r run   v text   Tab knobs   ? help   q back
        """#,
        "en-ascii-text-before": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six
         - seven
         - eight
         - nine
         - ten








        --------------------------------------------------------------------------------
         > One-sided vs two-sided differences -- press r to run
        n/p page   ^v scroll   r run   v split   Tab knobs   ? help   q back
        """#,
        "en-ascii-text-during": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six
         - seven
         - eight
         - nine
         - ten








        --------------------------------------------------------------------------------
         > One-sided vs two-sided differences -- running; v to watch
        Esc cancel run   n/p page   v view   ? help   q back
        """#,
        "en-ascii-text-after": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six
         - seven
         - eight
         - nine
         - ten








        --------------------------------------------------------------------------------
         * One-sided vs two-sided differences -- done; v to see the results
        n/p page   ^v scroll   r run   v split   Tab knobs   ? help   q back
        """#,
        "en-ascii-split-before": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six                                                                         v
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as eps shrinks from
         1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.







        n/p page   ^v scroll   r run   v lab   Tab knobs   ? help   q back
        """#,
        "en-ascii-split-during": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six                                                                         v
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [#########-----------] 44% running
         |numerical - exact| derivative of theta^3 at theta=1
         error                                 * one-sided |error|  o two-sided |error|
             1+                                                                     ***
              |                                                        ************oooo
          1e-3+                                            ************       ooooo
          1e-6+                                        ****           oooooooo
              |                                                ooooooo
          1e-9+                                        oo  oooo
         1e-12+                                          oo
              ++------------+------------+------------+------------+-------------------
             1e-12        1e-10         1e-8         1e-6         1e-4              eps
        Esc cancel run   n/p page   v view   ? help   q back
        """#,
        "en-ascii-split-after": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.

         - one
         - two
         - three
         - four
         - five
         - six                                                                         v
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [####################] 100% done
         |numerical - exact| derivative of theta^3 at theta=1
         error                                 * one-sided |error|  o two-sided |error|
             1+                                                                    ****
              |**                                                  **************oooooo
          1e-4+oooooo  ooo                          ***************        oooooo
          1e-8+      oo   oooooooooooooooo**********               oooooooo
              |                          *ooooooooooooooo  oooooooo
         1e-12+                                          oo
              ++------------+------------+------------+------------+-------------------
             1e-12        1e-10         1e-8         1e-6         1e-4              eps
         ... 8 more lines of findings: press v for the lab view
        n/p page   ^v scroll   r run   v lab   Tab knobs   ? help   q back
        """#,
        "en-ascii-lab-before": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences
         Error of the one-sided and two-sided numerical derivative as eps shrinks
         from 1e-1 to 1e-12.

         Press r or Enter to run it; Tab to adjust its knobs.














        n/p page   ^v scroll   r run   v text   Tab knobs   ? help   q back
        """#,
        "en-ascii-lab-during": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [#########-----------] 44% running
         |numerical - exact| derivative of theta^3 at theta=1
         error                               * one-sided |error|  o two-sided |error|
             1+                                                                   ***
              |                                                       ***********oooo
          1e-3+                                          *************      ooooo
          1e-6+                                       ***           oooooooo
              |                                               oooooo
          1e-9+                                       oo ooooo
         1e-12+                                         o
              ++------------+-----------+------------+-----------+------------+------
             1e-12        1e-10        1e-8         1e-6        1e-4         0.01
                                                eps






        Esc cancel run   n/p page   v view   ? help   q back
        """#,
        "en-ascii-lab-after": #"""
         Gradient checking > Two-sided differences                             page 1/2
         The two-sided difference has error of order eps^2; press r to see it.
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         One-sided vs two-sided differences  [####################] 100% done
         |numerical - exact| derivative of theta^3 at theta=1
         error                               * one-sided |error|  o two-sided |error|
             1+                                                                   ***
              |                                                       ***********oooo
          1e-3+oooooo  *                                 *************      ooooo
          1e-6+      ooooooooooooo*****      ************           oooooooo
              |                   oooooooooooo                oooooo
          1e-9+                               oooooooooo ooooo
         1e-12+                                         o
              ++------------+-----------+------------+-----------+------------+------
             1e-12        1e-10        1e-8         1e-6        1e-4         0.01
                                                eps
         - For eps >= 1e-4 the one-sided error falls like eps^1.00 and the two-sided
           like eps^2.00.
         - Read from the trend (each point smoothed over half a decade either side),
           the one-sided error bottoms out at about 3.4e-08 near eps=1.0e-08, the
           two-sided at about 2.6e-11 near eps=3.2e-06.
         - Below those eps, rounding error (~1e-16/eps) takes over and both errors    v
        n/p page   ^v scroll   r run   v text   Tab knobs   ? help   q back
        """#,
        "zh-utf8-text-before": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。

         • 一
         • 二
         • 三
         • 四
         • 五
         • 六
         • 七
         • 八
         • 九
         • 十

         本课结束。q：课程列表






        ────────────────────────────────────────────────────────────────────────────────
         ▶ 单边差分与双边差分 — 按 r 运行
        n 下一课   ↑↓ 滚动   r 运行   v 分栏   Tab 旋钮   ? 帮助   q 返回
        """#,
        "zh-utf8-text-during": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。

         • 一
         • 二
         • 三
         • 四
         • 五
         • 六
         • 七
         • 八
         • 九
         • 十

         本课结束。q：课程列表






        ────────────────────────────────────────────────────────────────────────────────
         ▶ 单边差分与双边差分 — 运行中；按 v 观看
        Esc 取消运行   n/p 翻页   v 视图   ? 帮助   q 返回
        """#,
        "zh-utf8-text-after": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。

         • 一
         • 二
         • 三
         • 四
         • 五
         • 六
         • 七
         • 八
         • 九
         • 十

         本课结束。q：课程列表






        ────────────────────────────────────────────────────────────────────────────────
         ✓ 单边差分与双边差分 — 完成；按 v 查看结果
        n 下一课   ↑↓ 滚动   r 运行   v 分栏   Tab 旋钮   ? 帮助   q 返回
        """#,
        "zh-utf8-split-before": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。

         • 一
         • 二
         • 三
         • 四
         • 五
         • 六                                                                          ↓
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         单边差分与双边差分
         ε 从 1e-1 缩小到 1e-12 时，单边和双边数值导数的误差。

         按 r 或 Enter 运行实验；按 Tab 调节旋钮。








        n 下一课   ↑↓ 滚动   r 运行   v 实验   Tab 旋钮   ? 帮助   q 返回
        """#,
        "zh-utf8-split-during": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。

         • 一
         • 二
         • 三
         • 四
         • 五
         • 六                                                                          ↓
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         单边差分与双边差分  [█████████░░░░░░░░░░░] 44% 运行中
         θ³ 在 θ=1 处导数的 |数值 − 精确值|                * 单边 |误差|  o 双边 |误差|
         误差
             1┤                                                                ⢀⣀⣀⣀⠤⠤⠤*
          1e-3┤                                                     ⣀⣀*⡠⠤⠤⠔⠒⠒⠒*⠁   ⣀⡠⠔o
              │                                          ⣀⣀⣀⠤⠤*⠒⠒⠉⠉⠉        ⢀⣀o⠔⠒⠉⠉
          1e-6┤                                        ⠈⠉              ⢀⣀⠤⠒⠉⠁
              │                                                  ⣀⡠⠤⠒⠒o⠁
          1e-9┤                                             ⣀⠤o⠉⠉
         1e-12┤                                        ⠈⠉⠒⠊⠉
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
        Esc 取消运行   n/p 翻页   v 视图   ? 帮助   q 返回
        """#,
        "zh-utf8-split-after": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。

         • 一
         • 二
         • 三
         • 四
         • 五
         • 六                                                                          ↓
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         单边差分与双边差分  [████████████████████] 100% 完成
         θ³ 在 θ=1 处导数的 |数值 − 精确值|                * 单边 |误差|  o 双边 |误差|
         误差
             1┤                                                               *⣀⣀⠤⠤⠤⠔⠒*
              │⣀⣀⣀                                               ⣀⣀⣀⠤⠤*⠔⠒⠒⠊⠉⠉⠉   ⣀⣀⠤⠔⠒o
          1e-4┤⠉⠒⠒⠛⠛⢳⡀⣠⠶⢦⣄                          ⣀⣀*⠤⠤⠤⠔⠒⠒⠊*⠉⠉         ⢀⣀⡠⠤o⠊⠉
          1e-8┤      o⠁  ⠈⠑⠒⠒o⠉⠉⠑⠒⠶⠶⠶⠶o⣄⡀⢀⡠⠤⠒⠒*⠉⠉⠉⠉⠉              ⢀⣀⠤⠤o⠊⠉⠉⠁
              │                         ⠈⠉⠒⠒⠉⠑o⢄⡠⠤⠤⠤⣀⡀      ⣀⡠o⠒⠒⠉⠁
         1e-12┤                                      ⠈o⠉⠑⠢⠒⠉
              └┬────────────┬────────────┬────────────┬────────────┬────────────┬──────
             1e-12        1e-10         1e-8         1e-6         1e-4         0.01   ε
         … 还有 6 行结论：按 v 查看实验视图
        n 下一课   ↑↓ 滚动   r 运行   v 实验   Tab 旋钮   ? 帮助   q 返回
        """#,
        "zh-utf8-lab-before": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         单边差分与双边差分
         ε 从 1e-1 缩小到 1e-12 时，单边和双边数值导数的误差。

         按 r 或 Enter 运行实验；按 Tab 调节旋钮。















        n 下一课   ↑↓ 滚动   r 运行   v 正文   Tab 旋钮   ? 帮助   q 返回
        """#,
        "zh-utf8-lab-during": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         单边差分与双边差分  [█████████░░░░░░░░░░░] 44% 运行中
         θ³ 在 θ=1 处导数的 |数值 − 精确值|              * 单边 |误差|  o 双边 |误差|
         误差
             1┤                                                                ⢀⣀⣀⡠⠤*
              │                                                       ⣀⣀⣀⠤⠔⠒*⠊⠉⠁  ⣀⠤o
          1e-3┤                                             ⢀⣀⠤⠤⠤⠒⠊⠉*⠉       ⣀⠤⠔⠒⠉
              │                                       ⠠⠔⠒⠉⠉*⠁           ⢀⡠⠔⠒o
          1e-6┤                                                    ⣀o⠤⠒⠊⠁
          1e-9┤                                               ⢀⡠⠤⠒⠉
              │                                       ⢀  ⢀⡠o⠔⠊⠁
         1e-12┤                                        ⠉⠊⠁
              └┬───────────┬────────────┬────────────┬───────────┬────────────┬──────
             1e-12       1e-10         1e-8         1e-6        1e-4         0.01   ε






        Esc 取消运行   n/p 翻页   v 视图   ? 帮助   q 返回
        """#,
        "zh-utf8-lab-after": #"""
         梯度检验 › 双侧差分                                                  第 1/1 页
         双侧差分的误差是 ε² 阶的；按 r 看一看。
        ────────────────────────────────────────────────────────────────────────────────
         function: cube   theta: 1   points-per-decade: 4
         单边差分与双边差分  [████████████████████] 100% 完成
         θ³ 在 θ=1 处导数的 |数值 − 精确值|              * 单边 |误差|  o 双边 |误差|
         误差
             1┤                                                                ⢀⣀⣀⡠⠤*
              │                                                       ⣀⣀⣀⠤⠔⠒*⠊⠉⠁  ⣀⠤o
          1e-3┤⢖⡤⢄⣀*                                        ⢀⣀⠤⠤⠤⠒⠊⠉*⠉       ⣀⠤⠔⠒⠉
              │ ⠈⠉⠉o⢣⡀⡰⠫⢖⡄                         *⡠⠤⠤⠔⠒⠉⠉*⠁           ⢀⡠⠔⠒o
          1e-6┤      ⠑⠁  ⠉⠒o⠊⠉⠉⠉⠒⠲⠶o⢦⣄⡀   ⣀*⠤⠤⠒⠊⠉⠉⠉                ⣀o⠤⠒⠊⠁
          1e-9┤                      ⠈⠙⠓⠲⠮⣀o⢄⡀                ⢀⡠⠤⠒⠉
              │                              ⠈⠢⠔⠒⠊⠑o⢄⣀⣀  ⢀⡠o⠔⠊⠁
         1e-12┤                                        ⠉⠊⠁
              └┬───────────┬────────────┬────────────┬───────────┬────────────┬──────
             1e-12       1e-10         1e-8         1e-6        1e-4         0.01   ε
         • ε ≥ 1e-4 时，单边误差按 ε^1.00 下降，双边误差按 ε^2.00 下降。
         • 按曲线的趋势读（每个点与前后各半个数量级内的点取平均），单边误差最低约为
           3.4e-08，在 ε=1.0e-08 附近；双边最低约为 2.6e-11，在 ε=3.2e-06 附近。
         • ε 再小下去，舍入误差（≈1e-16/ε）占了上风，两种误差又都变大（ε=1e-12 时单边
           1.4e-04，双边 4.4e-05）。
         • ε=0.01 时双边估计为 3.0001（精确值 3）。
        n 下一课   ↑↓ 滚动   r 运行   v 正文   Tab 旋钮   ? 帮助   q 返回
        """#,
        "zh-ascii-text-before": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????

         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??

         ??????????q??????????






        --------------------------------------------------------------------------------
         > ?????????????????? -- ?? r ????
        n ??????   ^v ????   r ????   v ????   Tab ????   ? ????   q ????
        """#,
        "zh-ascii-text-during": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????

         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??

         ??????????q??????????






        --------------------------------------------------------------------------------
         > ?????????????????? -- ?????????? v ????
        Esc ????????   n/p ????   v ????   ? ????   q ????
        """#,
        "zh-ascii-text-after": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????

         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??
         - ??

         ??????????q??????????






        --------------------------------------------------------------------------------
         * ?????????????????? -- ???????? v ????????
        n ??????   ^v ????   r ????   v ????   Tab ????   ? ????   q ????
        """#,
        "zh-ascii-split-before": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????

         - ??
         - ??
         - ??
         - ??
         - ??
         - ??                                                                          v
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         ??????????????????
         eps ?? 1e-1 ?????? 1e-12 ??????????????????????????????

         ?? r ?? Enter ???????????? Tab ??????????








        n ??????   ^v ????   r ????   v ????   Tab ????   ? ????   q ????
        """#,
        "zh-ascii-split-during": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????

         - ??
         - ??
         - ??
         - ??
         - ??
         - ??                                                                          v
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         ??????????????????  [#########-----------] 44% ??????
         theta^3 ?? theta=1 ???????? |???? - ??????|       * ???? |????|  o ???? |????|
         ????
             1+                                                                     ***
              |                                                        ************oooo
          1e-3+                                            ************       ooooo
          1e-6+                                        ****           oooooooo
              |                                                ooooooo
          1e-9+                                        oo  oooo
         1e-12+                                          oo
              ++------------+------------+------------+------------+-------------------
             1e-12        1e-10         1e-8         1e-6         1e-4              eps
        Esc ????????   n/p ????   v ????   ? ????   q ????
        """#,
        "zh-ascii-split-after": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????

         - ??
         - ??
         - ??
         - ??
         - ??
         - ??                                                                          v
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         ??????????????????  [####################] 100% ????
         theta^3 ?? theta=1 ???????? |???? - ??????|       * ???? |????|  o ???? |????|
         ????
             1+                                                                    ****
              |**                                                  **************oooooo
          1e-4+oooooo  ooo                          ***************        oooooo
          1e-8+      oo   oooooooooooooooo**********               oooooooo
              |                          *ooooooooooooooo  oooooooo
         1e-12+                                          oo
              ++------------+------------+------------+------------+-------------------
             1e-12        1e-10         1e-8         1e-6         1e-4              eps
         ... ???? 6 ?????????? v ????????????
        n ??????   ^v ????   r ????   v ????   Tab ????   ? ????   q ????
        """#,
        "zh-ascii-lab-before": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         ??????????????????
         eps ?? 1e-1 ?????? 1e-12 ??????????????????????????????

         ?? r ?? Enter ???????????? Tab ??????????















        n ??????   ^v ????   r ????   v ????   Tab ????   ? ????   q ????
        """#,
        "zh-ascii-lab-during": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         ??????????????????  [#########-----------] 44% ??????
         theta^3 ?? theta=1 ???????? |???? - ??????|     * ???? |????|  o ???? |????|
         ????
             1+                                                                   ***
              |                                                       ***********oooo
          1e-3+                                          *************      ooooo
          1e-6+                                       ***           oooooooo
              |                                               oooooo
          1e-9+                                       oo ooooo
         1e-12+                                         o
              ++------------+-----------+------------+-----------+------------+------
             1e-12        1e-10        1e-8         1e-6        1e-4         0.01
                                                eps






        Esc ????????   n/p ????   v ????   ? ????   q ????
        """#,
        "zh-ascii-lab-after": #"""
         ???????? > ????????                                                  ?? 1/1 ??
         ???????????????? eps^2 ???????? r ????????
        --------------------------------------------------------------------------------
         function: cube   theta: 1   points-per-decade: 4
         ??????????????????  [####################] 100% ????
         theta^3 ?? theta=1 ???????? |???? - ??????|     * ???? |????|  o ???? |????|
         ????
             1+                                                                   ***
              |                                                       ***********oooo
          1e-3+oooooo  *                                 *************      ooooo
          1e-6+      ooooooooooooo*****      ************           oooooooo
              |                   oooooooooooo                oooooo
          1e-9+                               oooooooooo ooooo
         1e-12+                                         o
              ++------------+-----------+------------+-----------+------------+------
             1e-12        1e-10        1e-8         1e-6        1e-4         0.01
                                                eps
         - eps >= 1e-4 ?????????????? eps^1.00 ???????????????? eps^2.00 ??????
         - ????????????????????????????????????????????????????????????????????????
           3.4e-08???? eps=1.0e-08 ?????????????????? 2.6e-11???? eps=3.2e-06 ??????
         - eps ????????????????????~1e-16/eps??????????????????????????????eps=1e-12
           ?????? 1.4e-04?????? 4.4e-05????
         - eps=0.01 ???????????? 3.0001???????? 3????
        n ??????   ^v ????   r ????   v ????   Tab ????   ? ????   q ????
        """#,
    ]
}
