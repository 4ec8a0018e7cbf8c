import Experiments
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// The split view's panel, drawn on its own.
@Suite struct ExperimentPanelTests {
    /// A bar chart cut short in the split view says where every bar is, as hidden findings do; the
    /// lab view, which has them all, says nothing of the kind.
    @Test(arguments: [(Language.en, "… 17 more: press v for the lab view"), (Language.zh, "… 还有 17 项：按 v 查看实验视图")])
    func aBarChartCutShortSaysThatTheLabViewHasEveryBar(language: Language, note: String) {
        let bars = (1...20).map { Bar("layer \($0)", Double($0)) }
        let panel = ExperimentPanel(title: "gradients", frame: Frame(figures: [.bar(BarChart(title: "per layer", bars: bars))], progress: 1),
                                    status: "done", text: UIText(language: language))
        var split = ScreenBuffer(width: 60, height: 8)
        panel.render(in: split.area, buffer: &split, options: RenderOptions())
        #expect(split.lines().contains { $0.hasPrefix(" " + note) || $0.hasPrefix(note) }, "\(split.lines())")
        let height = ExperimentPanel.fullHeight(of: panel.frame, runs: nil, width: 60, viewport: 8, options: RenderOptions())
        var lab = ScreenBuffer(width: 60, height: height)
        panel.renderFull(in: lab.area, viewport: 8, buffer: &lab, options: RenderOptions())
        #expect(!lab.lines().contains { $0.contains("press v") || $0.contains("按 v") }, "\(lab.lines())")
        #expect(lab.lines().contains { $0.contains("layer 20") })
    }
}
