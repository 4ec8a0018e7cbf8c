import Course
import Localization
import TextCharts

/// The keymap written out: the help overlay, the footers, the README's table, the command line's help.
extension Keymap {
    /// The help overlay's lines: a title, a blank line, then one row per key group.
    public static func helpLines(language: Language) -> [String] {
        [language == .zh ? "按键" : "Keys", ""] + plainLines(rows.filter(\.inHelp), language: language)
    }

    /// Every row as plain text, keys in a column (for `dltutor --help`).
    public static func plainText(language: Language) -> String {
        plainLines(rows, language: language).joined(separator: "\n")
    }

    /// The README's `## Keys` table (in English, the README's language; `zh` for a translation).
    public static func markdownTable(language: Language = .en) -> String {
        let header = language == .zh ? ["| 按键 | 作用 |", "| --- | --- |"] : ["| key | does |", "| --- | --- |"]
        let lines = rows.map { row in
            let keys = row.labels.map { group in group.map { "`\($0)`" }.joined(separator: " ") }.joined(separator: ", ")
            let words = description(row, language).split(separator: " ").joined(separator: " ")
            return "| \(keys) | \(words) |"
        }
        return (header + lines).joined(separator: "\n")
    }

    private static func description(_ row: KeyRow, _ language: Language) -> String {
        language == .zh ? row.chinese : row.english
    }

    /// Each row's keys padded to one column (14 cells, or two spaces past a longer label).
    private static func plainLines(_ rows: [KeyRow], language: Language) -> [String] {
        rows.map { row in
            let label = row.labels.map { $0.joined(separator: " ") }.joined(separator: "  ")
            let pad = max(14 - DisplayWidth.of(label), 2)
            return label + String(repeating: " ", count: pad) + description(row, language)
        }
    }

    // MARK: Footers

    /// The footer's key hints in `language`, three spaces apart.
    /// The hints three spaces apart, or closer when that is what keeps the last one on a `width`-column row.
    public static func footer(_ hints: [FooterHint], language: Language, width: Int = .max) -> String {
        let texts = hints.map { $0.text(language) }
        for gap in ["   ", "  "] {
            let line = texts.joined(separator: gap)
            if DisplayWidth.of(line) <= width { return line }
        }
        return texts.joined(separator: " ")
    }

    static let helpHint = FooterHint("?", "help", "帮助")
    static let backHint = FooterHint("q", "back", "返回")
    static let pageHint = FooterHint("n/p", "page", "翻页")
    static let answerHint = FooterHint("1-9", "answer", "作答")

    public static let overviewHints = [FooterHint("↑↓", "choose", "选择"), FooterHint("Enter", "open", "打开"), helpHint,
                                       FooterHint("q", "quit", "退出")]
    public static let continueHint = FooterHint("c", "continue", "继续")
    public static let helpOverlayHints = [FooterHint("Esc", "close help", "关闭帮助")]
    public static let confirmQuitHints = [FooterHint("y", "quit and stop the run", "停止运行并退出"), FooterHint("n", "keep going", "继续")]
    public static let runningHints = [FooterHint("Esc", "cancel run", "取消运行"), pageHint, viewKeyHint, helpHint, backHint]
    public static let typingHints = [FooterHint("0-9 . - e", "type", "输入", setOff: true), FooterHint("Backspace", "erase", "删除"),
                                     FooterHint("Enter", "answer", "作答"), FooterHint("Esc", "stop", "取消")]
    public static let knobHints = [FooterHint("↑↓", "knob", "选参数"), FooterHint("←→ −/+", "change", "调节"), FooterHint("r", "run", "运行"),
                                   FooterHint("Tab", "text", "正文"), FooterHint("Esc", "done", "完成")]
    public static func lessonHints(canRun: Bool, view: PageView = .text) -> [FooterHint] {
        [pageHint, FooterHint("↑↓", "scroll", "滚动")]
            + (canRun ? [FooterHint("r", "run", "运行"), FooterHint("Tab", "knobs", "参数"), viewHint(after: view)] : [])
            + [answerHint, helpHint, backHint]
    }
    /// `v` named by the view it switches to.
    static func viewHint(after view: PageView) -> FooterHint {
        switch view.next {
        case .text: FooterHint("v", "text", "正文")
        case .split: FooterHint("v", "split", "分栏")
        case .lab: FooterHint("v", "lab", "实验")
        }
    }
    static let viewKeyHint = FooterHint("v", "view", "视图")
    public static let followingHints = [FooterHint("f", "explore", "自由探索"), FooterHint("↑↓", "scroll", "滚动"), viewKeyHint, answerHint, helpHint,
                                        FooterHint("q", "quit", "退出")]
}
