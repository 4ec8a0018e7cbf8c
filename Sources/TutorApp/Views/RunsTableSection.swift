import Experiments
import TextCharts

/// The runs table of the experiment panel: one row per recent run of the page, its knob values and
/// headline numbers, the run on screen last, under a header naming the columns.
struct RunsTableSection: Widget {
    let table: ResultTable

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        // Numbers line up on the right; the run's name and choice knobs read from the left.
        let columns = table.columns.enumerated().map { index, title in
            let numeric = table.rows.allSatisfy { row in
                guard index < row.count else { return false }
                return ["—", "…"].contains(row[index]) || Double(row[index].filter { $0 != "%" }) != nil
            }
            return TableColumn(options.text(title), alignment: numeric ? .right : .left)
        }
        Table(columns: columns, rows: table.rows.map { $0.map(options.text) }).render(in: area, buffer: &buffer, options: options)
    }
}
