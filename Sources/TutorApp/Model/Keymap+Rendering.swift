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
    public static func footer(_ hints: [FooterHint], language: Language, separator: String = "   ") -> String {
        hints.map { $0.text(language) }.joined(separator: separator)
    }

    /// The footer at most `width` wide (as `measure` counts it) on a busy page, so that help and back
    /// stay on the line: the gaps close to two spaces, then hints go in order of how little they are
    /// missed (all of them stay in the help): scroll, Tab, presets, the previous run.
    static func footer(_ hints: [FooterHint], language: Language, width: Int, measure: (String) -> Int) -> String {
        let line = footer(hints, language: language)
        if measure(line) <= width { return line }
        let leastMissed = [scrollHint.keys, "Tab", String(presetKeys.first.map(String.init) ?? ""), previousHint.keys]
        var shown = hints
        for keys in leastMissed {
            let closed = footer(shown, language: language, separator: "  ")
            if measure(closed) <= width { return closed }
            shown.removeAll { $0.keys == keys || (keys.count == 1 && $0.keys.hasPrefix(keys + "/")) }
        }
        return footer(shown, language: language, separator: "  ")
    }

    static let helpHint = FooterHint("?", "help", "帮助")
    static let backHint = FooterHint("q", "back", "返回")
    static let pageHint = FooterHint("n/p", "page", "翻页")
    static let answerHint = FooterHint("1-9", "answer", "作答")
    static let scrollHint = FooterHint("↑↓", "scroll", "滚动")
    static let revealHint = FooterHint("a", "show answers", "公布答案")

    public static let overviewHints = [FooterHint("↑↓", "choose", "选择"), FooterHint("Enter", "open", "打开"), helpHint,
                                       FooterHint("t", "glossary", "术语表"), FooterHint("q", "quit", "退出")]
    public static let continueHint = FooterHint("c", "continue", "继续")
    public static let helpOverlayHints = [FooterHint("Esc", "close help", "关闭帮助"), FooterHint("t", "glossary", "术语表")]
    public static let glossaryHints = [FooterHint("abc 中文", "search", "搜索"), FooterHint("Backspace", "erase", "删除"),
                                       FooterHint("↑↓ PgUp PgDn", "scroll", "滚动"), FooterHint("Esc", "close", "关闭")]
    public static let confirmQuitHints = [FooterHint("y", "quit and stop the run", "停止运行并退出"), FooterHint("n", "keep going", "继续")]
    public static let createExercisesHints = [FooterHint("y", "copy the starters", "复制初始文件"), FooterHint("n", "not now", "暂不")]
    /// Shown while the page has a previous run to compare with.
    public static let previousHint = FooterHint("o", "prev", "上次")
    static let editExerciseHint = FooterHint("e", "edit exercise", "编写练习")
    public static let runningHints = [FooterHint("Esc", "cancel run", "取消运行"), pageHint, viewKeyHint, helpHint, backHint]
    public static let typingHints = [FooterHint("0-9 . - e", "type", "输入", setOff: true), FooterHint("Backspace", "erase", "删除"),
                                     FooterHint("Enter", "answer", "作答"), FooterHint("Esc", "stop", "取消")]
    public static let knobTypingHints = [FooterHint("0-9 . e", "type", "输入", setOff: true), FooterHint("Backspace", "erase", "删除"),
                                         FooterHint("Enter", "set", "确定"), FooterHint("Esc", "keep", "保留原值")]
    static func presetHint(_ count: Int) -> [FooterHint] {
        count == 0 ? [] : [FooterHint(presetKeys.prefix(count).map(String.init).joined(separator: "/"), "preset", "预设")]
    }
    static func tabHint(to focus: TutorModel.Focus) -> FooterHint {
        switch focus {
        case .text: FooterHint("Tab", "text", "正文")
        case .knobs: FooterHint("Tab", "knobs", "旋钮")
        case .checkpoint: FooterHint("Tab", "checkpoint", "检查点")
        }
    }

    public static func knobHints(presets: Int, typable: Bool = true) -> [FooterHint] {
        [FooterHint("↑↓", "knob", "选旋钮"), FooterHint("←→ −/+", "change", "调节")]
            + (typable ? [FooterHint("0-9", "type", "输入")] : []) + presetHint(presets) + [FooterHint("r", "run", "运行"), FooterHint("Tab", "next", "下一项"), FooterHint("Esc", "done", "完成")]
    }
    /// Only keys that do something on this page: answering only with a checkpoint, presets only
    /// with presets, Tab only with something to move the focus to.
    /// `collectsAnswers`: a presenter on a page with checkpoints, who reveals answers rather than gives them.
    /// `canCompare`: there is a previous run to show (`o`); `canEdit`: the page asks for an exercise (`e`);
    /// `view`: the page's current view, when `v` switches it (named by the view it goes to).
    public static func lessonHints(canRun: Bool, checkpoints: Int = 0, numeric: Bool = false, presets: Int = 0,
                                   lastPage: Bool = false, tabTo next: TutorModel.Focus? = nil,
                                   canCompare: Bool = false, canEdit: Bool = false, collectsAnswers: Bool = false,
                                   view: PageView? = nil) -> [FooterHint] {
        // Where Tab goes from here (from the text: the knobs, else the first checkpoint).
        let tab = (next ?? (canRun ? .knobs : checkpoints > 0 ? .checkpoint(0) : nil)).map(tabHint).map { [$0] } ?? []
        return [lastPage ? FooterHint("n", "next lesson", "下一课") : pageHint, scrollHint]
            + (canRun ? [FooterHint("r", "run", "运行")] : []) + (canRun ? view.map { [viewHint(after: $0)] } ?? [] : [])
            + presetHint(presets) + tab
            + (canCompare ? [previousHint] : []) + (canEdit ? [editExerciseHint] : [])
            + (checkpoints == 0 ? [] : [collectsAnswers ? revealHint : numeric ? FooterHint("0-9", "answer", "作答") : answerHint])
            + [helpHint, backHint]
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
