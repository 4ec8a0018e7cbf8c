/// Every key of the tutor, once: the model looks actions up here, and the help overlay, the
/// footer, the README's key table and the command line's help are all rendered from it.
public enum Keymap {
    private typealias Binding = KeyRow.Binding
    private static let lesson: [KeyContext] = [.page, .knobs]
    private static let anywhere: [KeyContext] = [.overview, .page, .knobs]

    /// The rows in the order the help lists them.
    public static let rows: [KeyRow] = [
        KeyRow([["↑", "↓"], ["j", "k"]], "move / scroll / choose a knob", "移动 / 滚动 / 选择参数", [
            Binding([.up, .character("k")], .up, in: anywhere),
            Binding([.down, .character("j")], .down, in: anywhere),
        ]),
        KeyRow([["Enter"]], "open a lesson; run the page's experiment", "打开一课；运行本页的实验", [
            // → and l open a lesson too, as they turn to the next page inside one.
            Binding([.enter, .right, .character("l")], .open, in: [.overview]),
            Binding([.enter], .run, in: lesson),
            Binding([.enter], .closeHelp, in: [.help]),
        ]),
        KeyRow([["n", "p"], ["PgDn", "PgUp"]], "next / previous page   (← → too)", "下一页 / 上一页（← → 也可以）", [
            Binding([.character("n"), .pageDown], .nextPage, in: lesson),
            Binding([.character("p"), .pageUp], .previousPage, in: lesson),
            Binding([.right, .character("l")], .nextPage, in: [.page]),
            Binding([.left, .character("h")], .previousPage, in: [.page]),
        ]),
        KeyRow([["Tab"]], "move focus between the text and the knobs", "在正文和参数之间切换", [
            Binding([.tab, .backTab], .switchFocus, in: lesson),
        ]),
        KeyRow([["←", "→"], ["-", "+"]], "change the focused knob", "调节选中的参数", [
            Binding([.left, .character("-"), .character("h")], .decrease, in: [.knobs]),
            Binding([.right, .character("+"), .character("="), .character("l")], .increase, in: [.knobs]),
        ]),
        KeyRow([["v"]], "switch view: text / split / lab (the whole run)", "切换视图：正文 / 分栏 / 实验（完整结果）", [
            Binding([.character("v")], .switchView, in: lesson),
        ]),
        KeyRow([["r"]], "run again with the current knobs", "用当前参数重新运行", [
            Binding([.character("r")], .run, in: lesson),
        ]),
        KeyRow([["Esc"]], "cancel a run; close this help", "取消运行；关闭帮助", [
            Binding([.escape], .cancel, in: lesson),
            Binding([.escape], .closeHelp, in: [.help]),
        ]),
        KeyRow([["g", "G"]], "top / bottom of the page", "页首 / 页尾", [
            Binding([.home, .character("g")], .top, in: anywhere),
            Binding([.end, .character("G")], .bottom, in: anywhere),
        ]),
        KeyRow([["1-9"]], "answer a checkpoint question", "回答检查点问题", [
            Binding(digitsAs: .answer, in: lesson),
        ]),
        KeyRow([["f"]], "when following a presentation: explore / rejoin", "跟随演示时：自己探索 / 重新跟随", [
            Binding([.character("f")], .explore, in: [.following]),
        ]),
        KeyRow([["?"]], "this help", "显示本帮助", [
            Binding([.character("?")], .help, in: anywhere),
            Binding([.character("?")], .closeHelp, in: [.help]),
        ]),
        KeyRow([["q"]], "back to the lesson list; quit", "返回课程列表；退出", [
            Binding([.character("q")], .back, in: [.overview]),
            Binding([.character("q"), .backspace], .back, in: lesson),
            Binding([.character("q")], .closeHelp, in: [.help]),
        ]),
        KeyRow([["c"]], "continue where you left off (on the lesson list)", "从上次离开的地方继续（课程列表中）", inHelp: false, [
            Binding([.character("c")], .resume, in: [.overview]),
        ]),
    ]

    /// What `key` does in `context`, if anything.
    public static func action(for key: Key, in context: KeyContext) -> KeyAction? {
        for row in rows {
            if let binding = row.bindings.first(where: { $0.matches(key, in: context) }) { return binding.action }
        }
        return nil
    }
}
