/// Every key of the tutor, once: the model looks actions up here, and the help overlay, the
/// footer, the README's key table and the command line's help are all rendered from it.
public enum Keymap {
    private typealias Binding = KeyRow.Binding
    private static let lesson: [KeyContext] = [.page, .knobs, .checkpoint]
    /// Reading the page: the text or a checkpoint in focus (digits answer, ←/→ turn pages).
    private static let reading: [KeyContext] = [.page, .checkpoint]
    private static let anywhere: [KeyContext] = [.overview, .page, .knobs, .checkpoint]

    /// The keys that apply a page's presets, in the order the lesson declares them: letters no
    /// other key uses (`NamedPreset.maximumPerExperiment` of them; a test keeps the two equal).
    public static let presetKeys: [Character] = ["x", "y", "z"]

    /// The rows in the order the help lists them.
    public static let rows: [KeyRow] = [
        KeyRow([["↑", "↓"], ["j", "k"]], "move / scroll / choose a knob", "移动 / 滚动 / 选择旋钮", [
            Binding([.up, .character("k")], .up, in: anywhere),
            Binding([.down, .character("j")], .down, in: anywhere),
        ]),
        KeyRow([["Enter"], ["1"]], "resume a lesson (1: from page 1); run the experiment",
               "继续学一课（1：从第一页开始）；运行实验", [
            // → and l open a lesson too, as they turn to the next page inside one.
            Binding([.enter, .right, .character("l")], .open, in: [.overview]),
            Binding([.character("1"), .character("１")], .openFromStart, in: [.overview]),
            Binding([.enter], .run, in: reading),
            Binding([.enter], .closeHelp, in: [.help]),
        ]),
        KeyRow([["n", "p"], ["PgDn", "PgUp"]], "next / previous page (← → too); last page: next lesson",
               "下一页 / 上一页（← → 也可以）；最后一页：下一课", [
            Binding([.character("n"), .pageDown], .nextPage, in: lesson),
            Binding([.character("p"), .pageUp], .previousPage, in: lesson),
            Binding([.right, .character("l")], .nextPage, in: reading),
            Binding([.left, .character("h")], .previousPage, in: reading),
        ]),
        KeyRow([["Tab"]], "move focus: text → knobs → each checkpoint", "切换焦点：正文 → 旋钮 → 各个检查点", [
            Binding([.tab], .switchFocus, in: lesson),
            Binding([.backTab], .switchFocusBack, in: lesson),
        ]),
        KeyRow([["←", "→"], ["-", "+"], ["0-9"]], "change the focused knob; type its value (or Enter)", "调节选中的旋钮；直接输入数值（或按 Enter）", [
            Binding([.left, .character("-"), .character("h")], .decrease, in: [.knobs]),
            Binding([.right, .character("+"), .character("="), .character("l")], .increase, in: [.knobs]),
            Binding([.enter], .editKnob, in: [.knobs]),
            Binding(digitsAs: .editKnob, in: [.knobs]),
        ]),
        KeyRow([["v"]], "switch view: text / split / lab (the whole run)", "切换视图：正文 / 分栏 / 实验（完整结果）", [
            Binding([.character("v")], .switchView, in: lesson),
        ]),
        KeyRow([presetKeys.map { String($0) }], "apply the page's preset 1, 2, 3 (listed under the knobs)", "应用本页的预设 1、2、3（列在旋钮下方）", [
            Binding(presetKeys.map { Key.character($0) }, .applyPreset, in: lesson),
        ]),
        KeyRow([["r"]], "run again with the current knobs", "用当前旋钮设置重新运行", [
            Binding([.character("r")], .run, in: lesson),
        ]),
        KeyRow([["o"]], "show / hide the previous run on the chart", "在图上显示 / 隐藏上一次运行", [
            Binding([.character("o")], .togglePrevious, in: lesson),
        ]),
        KeyRow([["Esc"]], "cancel a run; close this help", "取消运行；关闭帮助", [
            Binding([.escape], .cancel, in: lesson),
            Binding([.escape], .closeHelp, in: [.help]),
        ]),
        KeyRow([["g", "G"]], "top / bottom of the page (g again: page 1)", "页首 / 页尾（再按 g：第一页）", [
            Binding([.home, .character("g")], .top, in: anywhere),
            Binding([.end, .character("G")], .bottom, in: anywhere),
        ]),
        KeyRow([["e"]], "edit the page's exercise in your editor", "在编辑器中编写本页的练习", [
            Binding([.character("e")], .editExercise, in: lesson),
        ]),
        KeyRow([["1-9"]], "answer the focused checkpoint (again to change it)", "回答选中的检查点（可以重新作答）", [
            Binding(digitsAs: .answer, in: reading),
        ]),
        KeyRow([["f"]], "when following a presentation: explore / rejoin", "跟随演示时：自己探索 / 重新跟随", [
            Binding([.character("f")], .explore, in: [.following]),
        ]),
        KeyRow([["a"]], "when presenting: show / hide class answers", "演示时：向全班公布 / 收回答案统计", [
            Binding([.character("a")], .revealAnswers, in: lesson),
        ]),
        KeyRow([["?"]], "this help", "显示本帮助", [
            Binding([.character("?")], .help, in: anywhere),
            Binding([.character("?")], .closeHelp, in: [.help]),
        ]),
        KeyRow([["t"]], "glossary: terms in English and Chinese", "术语表：课程术语的中英对照", [
            Binding([.character("t")], .glossary, in: [.overview, .help]),
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
