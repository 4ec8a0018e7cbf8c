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
            "   1┤                               *⡠⠤*",
            "1e-3┤*                       ⢀*⠤⠔*⠉⠉ ⣀⠔o",
            "    │o⢦                  ⣀⠤*⠉⠁    ⢀⠔o",
            "1e-6┤  ⠑o⠤⠤o⠤⢤o⣀   ⢀*⠔⠒⠊*      ⢀⠤o⠁",
            "1e-9┤          ⠈⠙o⠶⡁        ⢀⠤o⠁",
            "    │              ⠈o⠒⠢⠤o⠤⠒o⠁",
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
}
