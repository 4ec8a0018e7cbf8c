import Testing
@testable import TextCharts

@Suite struct LineChartTests {
    /// The walking skeleton's chart: one-sided vs two-sided finite-difference error on log–log.
    let finiteDifference = LineChart(
        title: "finite-difference error", series: finiteDifferenceSeries(),
        xAxis: Axis("ε", scale: .log), yAxis: Axis("error", scale: .log))

    @Test func logLogInBraille() {
        #expect(renderLines(finiteDifference) == [
            "finite-difference error",
            "error           * one-sided  o two-sided",
            "   1┤                               ⣀⡠⠤*",
            "1e-3┤⡀                       ⢀*⠤⠔⠒⠉⠉ ⣀⠔o",
            "    │⠙⢦                  ⣀⠤⠒⠉⠁    ⢀⠔⠊",
            "1e-6┤  ⠑⠤⠤⠤o⠤⢤⣤⣀   ⢀*⠔⠒⠊⠉      ⢀⠤⠊⠁",
            "1e-9┤          ⠈⠙⠲⠶⡁        ⢀⠤o⠁",
            "    │              ⠈o⠒⠢⠤⠤⠤⠒⠊⠁",
            "    └┬────────┬─────────┬────────┬──────",
            "   1e-12     1e-9      1e-6     1e-3   ε",
        ])
    }

    @Test func logLogInASCII() {
        #expect(renderLines(finiteDifference, ascii: true) == [
            "finite-difference error",
            "error           * one-sided  o two-sided",
            "   1+                                 **",
            "1e-3+                           ******oo",
            "    |oo                   ******   ooo",
            "1e-6+  ooooooooo   *******      ooo",
            "1e-9+           ooo          ooo",
            "    |              oooooooooo",
            "    ++--------+---------+---------------",
            "   1e-12     1e-9      1e-6          eps",
        ])
    }

    /// A NaN leaves a gap and a note; the early-stopping point is a labelled vertical line.
    @Test func divergingInBraille() {
        #expect(renderLines(ChartFixtures.diverging) == [
            "learning rate 3.0         * train  o dev",
            "cost",
            "  1┤⡀             ┆early stop",
            "   │*⠢⢄           ┆",
            "   │⠘⢄⡀o⠒⠢⢄⣀      ┆",
            "0.5┤  ⠈⠒⠤⢄⡀ ⠉⠉⠒⠒o⠢⠤⠤⠤⢄⣀⣀o⣀⣀⠤⠔*",
            "   │      ⠈⠉*⠒⠒⠢⠤⠤⠤⣀*⣀⡠⠔⠒⠉⠉⠉⠉⠉⠉⠉o⠒⠒⠒⠒⠒⠒",
            "  0┤      train diverged: NaN after x=21",
            "   └┬───────────┬──────────┬────────────",
            "    0           10         20      epoch",
        ])
    }

    @Test func divergingInASCII() {
        #expect(renderLines(ChartFixtures.diverging, ascii: true) == [
            "learning rate 3.0         * train  o dev",
            "cost",
            "  1+              :early stop",
            "   |oo            :",
            "   |**oooooo      :",
            "0.5+  ******oooooooooooooooooo",
            "   |        *************     ooooooooo",
            "  0+      train diverged: NaN after x=21",
            "   ++-----------+----------+------------",
            "    0           10         20      epoch",
        ])
    }

    /// Gradient-check thresholds as horizontal reference lines on a log axis.
    @Test func thresholdsInBraille() {
        #expect(renderLines(ChartFixtures.thresholds) == [
            "relative difference               * diff",
            "   1┤                                ⢀⣀*",
            "0.01┤                           ⢀⡠*⠒⠊⠁",
            "    │╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌⢀*⠤⠒⠉⠁e-3 bug",
            "1e-4┤╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌⢀⡠⠔⠊⠁╌╌╌╌╌╌╌╌1e-5",
            "1e-6┤            ⢀⣀⠤⠔⠒*⠁",
            "    │╌╌╌╌╌⢀*⠤⠤⠒⠒*⠁╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌1e-7 ok",
            "1e-8┤*⠤⠔⠒⠉⠁",
            "    └┬──────────┬───────────┬───────────",
            "     0          2           4       step",
        ])
    }

    @Test func thresholdsInASCII() {
        #expect(renderLines(ChartFixtures.thresholds, ascii: true) == [
            "relative difference               * diff",
            "   1+                               ****",
            "0.01+                          *****",
            "    |----------------------****-1e-3 bug",
            "1e-4+-------------------***---------1e-5",
            "1e-6+         **********",
            "1e-8+---******-------------------1e-7 ok",
            "    |***",
            "    ++----------+-----------+-----------",
            "     0          2           4       step",
        ])
    }

    /// One point is drawn as a dot in a range padded around it.
    @Test func onePointInBraille() {
        #expect(renderLines(ChartFixtures.onePoint) == [
            "one point                            * a",
            "0.54┤",
            "    │",
            "0.52┤",
            " 0.5┤                 *",
            "0.48┤",
            "    │",
            "0.46┤",
            "    └┬───────┬────────┬────────┬───────┬",
            "    2.6     2.8       3       3.2    3.4",
        ])
    }

    @Test func onePointInASCII() {
        #expect(renderLines(ChartFixtures.onePoint, ascii: true) == [
            "one point                            * a",
            "    |",
            "0.54+",
            "0.52+",
            " 0.5+                 *",
            "0.48+",
            "0.46+",
            "    |",
            "    ++--------+-------+-------+--------+",
            "    2.6      2.8      3      3.2     3.4",
        ])
    }

    /// A constant series is a flat line in the middle of a padded range.
    @Test func constantInBraille() {
        #expect(renderLines(ChartFixtures.constant) == [
            "constant                             * a",
            " 0.8┤",
            "0.75┤",
            "    │",
            " 0.7┤*⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤*⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤*⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤*",
            "    │",
            "0.65┤",
            " 0.6┤",
            "    └┬──────────┬───────────┬──────────┬",
            "     0          1           2          3",
        ])
    }

    @Test func constantInASCII() {
        #expect(renderLines(ChartFixtures.constant, ascii: true) == [
            "constant                             * a",
            " 0.8+",
            "    |",
            "0.75+",
            " 0.7+***********************************",
            "    |",
            "0.65+",
            " 0.6+",
            "    ++----------+-----------+----------+",
            "     0          1           2          3",
        ])
    }

    /// No series: the axes of a default range and a clear "no data".
    @Test func emptyInBraille() {
        #expect(renderLines(ChartFixtures.empty) == [
            "empty",
            "   1┤",
            "0.75┤",
            "    │",
            " 0.5┤              no data",
            "    │",
            "0.25┤",
            "   0┤",
            "    └┬───────┬────────┬────────┬───────┬",
            "     0      0.25     0.5      0.75     1",
        ])
    }

    @Test func emptyInASCII() {
        #expect(renderLines(ChartFixtures.empty, ascii: true) == [
            "empty",
            "   1+",
            "    |",
            "0.75+",
            " 0.5+              no data",
            "    |",
            "0.25+",
            "   0+",
            "    ++--------+-------+--------+-------+",
            "     0       0.25    0.5      0.75     1",
        ])
    }

    /// Chinese titles and labels are measured by display width: two columns per character.
    @Test func chineseInBraille() {
        #expect(renderLines(ChartFixtures.chinese) == [
            "损失曲线                          * 训练",
            "损失",
            "3┤*⠒⠤⣀",
            " │    ⠉⠒⠤⣀",
            " │        ⠉⠒⠤⣀",
            "2┤            *⠉⠒⠒⠢⠤⠤⣀⣀⡀",
            " │                     ⠈⠉⠉⠒*⠒⠤⠤⠤⣀⣀⣀",
            "1┤                                 ⠉⠉⠉⠒*",
            " └┬───────────┬────────────┬────────────",
            "  0           1            2    迭代次数",
        ])
    }

    @Test func chineseInASCII() {
        #expect(renderLines(ChartFixtures.chinese, ascii: true) == [
            "????????                          * ????",
            "????",
            "3+**",
            " |  ****",
            " |      ****",
            "2+          *********",
            " |                   ************",
            "1+                               *******",
            " ++-----------+------------+------------",
            "  0           1            2    ????????",
        ])
    }

    @Test func monochromeBrailleTellsSeriesApartByMarker() {
        #expect(renderLines(ChartFixtures.finiteDifference, color: false) == [
            "finite-difference error",
            "error           * one-sided  o two-sided",
            "   1┤                               ⣀⡠⠤*",
            "1e-3┤⡀                       ⢀*⠤⠔⠒⠉⠉ ⣀⠔o",
            "    │⠙⢦                  ⣀⠤⠒⠉⠁    ⢀⠔⠊",
            "1e-6┤  ⠑⠤⠤⠤o⠤⢤⣤⣀   ⢀*⠔⠒⠊⠉      ⢀⠤⠊⠁",
            "1e-9┤          ⠈⠙⠲⠶⡁        ⢀⠤o⠁",
            "    │              ⠈o⠒⠢⠤⠤⠤⠒⠊⠁",
            "    └┬────────┬─────────┬────────┬──────",
            "   1e-12     1e-9      1e-6     1e-3   ε",
        ])
    }

    @Test func tinyRectangle0x0() {
        #expect(renderLines(ChartFixtures.finiteDifference, width: 0, height: 0) == [
        ])
    }

    @Test func tinyRectangle1x1() {
        #expect(renderLines(ChartFixtures.finiteDifference, width: 1, height: 1) == [
            "*",
        ])
    }

    @Test func tinyRectangle5x3() {
        #expect(renderLines(ChartFixtures.finiteDifference, width: 5, height: 3) == [
            "fini…",
            "⡄  ⡠o",
            "⠈⠓⢍⠜",
        ])
    }

    @Test func tinyRectangle12x4() {
        #expect(renderLines(ChartFixtures.finiteDifference, width: 12, height: 4) == [
            "finite-diff…",
            "         ⢀⡠o",
            "⠱⣀⣀o ⣀⠤⠔⠊⡡⠊",
            "    ⠙⠤⣀⡠⠊",
        ])
    }

    @Test func tinyRectangle20x6() {
        #expect(renderLines(ChartFixtures.finiteDifference, width: 20, height: 6) == [
            "finite-difference e…",
            "error   * on…  o tw…",
            "   1┤⣄⡀       ⣀⠤⠤⠤⡲o",
            "1e-6┤ ⠉⠉⠙⠛⠒o⢍⣉⠤⠒⠊⠉",
            "    └──┬──────┬─────",
            "     1e-10   1e-5  ε",
        ])
    }

    @Test func tinyRectangle30x8() {
        #expect(renderLines(ChartFixtures.finiteDifference, width: 30, height: 8) == [
            "finite-difference error",
            "error   * one-sid…  o two-sid…",
            "   1┤                    ⣀⡠⠤⠤o",
            "1e-4┤⠢⡀            ⢀*⠤⠒⠒⠉⢀⡠⠔⠊⠁",
            "1e-8┤ ⠈⠒⠒⠒⠒o⠦⣄⣀⠤⠒⠊⠉⠁   ⡠⠔⠁",
            "    │         ⠈⠑⠤⠤⠤⠤o⠒⠉",
            "    └┬────────┬────────┬──────",
            "   1e-12     1e-8     1e-4   ε",
        ])
    }

    /// 45 points per series is too dense for a marker at each; markers are spaced along each line,
    /// in colour too (red and green alone do not tell the series apart for a colour-blind student).
    @Test func denseMonochromeSeriesStillShowTheirMarkers() {
        func cube(_ t: Double) -> Double { t * t * t }
        var one = Series(name: "one-sided"), two = Series(name: "two-sided")
        for step in 0...44 {
            let epsilon = ChartMath.pow10(-1 - Double(step) / 4)
            one.append(x: epsilon, y: abs((cube(1 + epsilon) - cube(1)) / epsilon - 3))
            two.append(x: epsilon, y: abs((cube(1 + epsilon) - cube(1 - epsilon)) / (2 * epsilon) - 3))
        }
        let chart = LineChart(series: [one, two], xAxis: Axis("ε", scale: .log), yAxis: Axis("error", scale: .log))
        let plotted = renderLines(chart, width: 78, height: 18, color: false).dropFirst().dropLast(2).joined()
        #expect(plotted.filter { $0 == "*" }.count >= 6)
        #expect(plotted.filter { $0 == "o" }.count >= 6)
        let colored = renderLines(chart, width: 78, height: 18).dropFirst().dropLast(2).joined()
        #expect(colored.filter { $0 == "*" }.count >= 6)
        #expect(colored.filter { $0 == "o" }.count >= 6)
    }
}
