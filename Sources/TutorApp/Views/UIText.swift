import Course

/// Every word the tutor itself says (lesson text comes from the lesson files), in the course's
/// language, so a student reading Chinese lessons is not switched to English by the footer.
struct UIText {
    let language: Language

    private func pick(_ english: String, _ chinese: String) -> String { language == .zh ? chinese : english }

    var tagline: String { pick("the practical side of deep learning", "深度学习实践课程") }
    var chooseLesson: String {
        pick("Choose a lesson and press Enter. Every page comes with a live experiment you can run.",
             "选择一课，按 Enter 打开。每一页都配有一个可以实时运行的实验。")
    }
    func resume(_ lesson: String, _ page: String) -> String {
        pick("Press c to continue where you left off: \(lesson) › \(page)", "按 c 从上次离开的地方继续：\(lesson) › \(page)")
    }
    func pagesDone(_ done: Int, of total: Int) -> String { pick("(\(done)/\(total) pages)", "(\(done)/\(total) 页)") }
    var broken: String { pick(" — broken: ", " — 文件有误：") }
    var noLessons: String { pick("No lessons were found. Run 'dltutor lint' to see why.", "没有找到课程。运行 'dltutor lint' 查看原因。") }
    func pageNumber(_ page: Int, of total: Int) -> String { pick("page \(page)/\(total)", "第 \(page)/\(total) 页") }

    func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> [String] {
        [pick("dltutor needs a terminal of at least \(minimumWidth)×\(minimumHeight).",
              "dltutor 需要至少 \(minimumWidth)×\(minimumHeight) 的终端。"),
         pick("This one is \(width)×\(height): please enlarge the window.", "当前为 \(width)×\(height)：请把窗口调大。"),
         pick("(q quits)", "（按 q 退出）")]
    }

    // Footer key hints.
    var keysHelp: String { pick("Esc close help", "Esc 关闭帮助") }
    var keysConfirmQuit: String { pick("y quit and stop the run   n keep going", "y 停止运行并退出   n 继续") }
    var keysOverview: String { pick("↑↓ choose   Enter open   ? help   q quit", "↑↓ 选择   Enter 打开   ? 帮助   q 退出") }
    var keysContinue: String { pick("c continue   ", "c 继续   ") }
    var keysRunning: String { pick("Esc cancel run   n/p page   ? help   q back", "Esc 取消运行   n/p 翻页   ? 帮助   q 返回") }
    var keysTyping: String {
        pick("0-9 . - e  type   Backspace erase   Enter answer   Esc stop", "0-9 . - e 输入   Backspace 删除   Enter 作答   Esc 取消")
    }
    var keysKnobs: String { pick("↑↓ knob   ←→ −/+ change   r run   Tab text   Esc done", "↑↓ 选参数   ←→ −/+ 调节   r 运行   Tab 正文   Esc 完成") }
    func keysLesson(canRun: Bool) -> String {
        pick("n/p page   ↑↓ scroll   " + (canRun ? "r run   Tab knobs   " : "") + "1-9 answer   ? help   q back",
             "n/p 翻页   ↑↓ 滚动   " + (canRun ? "r 运行   Tab 参数   " : "") + "1-9 作答   ? 帮助   q 返回")
    }

    // The experiment panel.
    var runDone: String { pick("done", "完成") }
    var runCancelled: String { pick("cancelled", "已取消") }
    var running: String { pick("running", "运行中") }
    var pressRun: String { pick("Press r or Enter to run it; Tab to adjust its knobs.", "按 r 或 Enter 运行实验；按 Tab 调节参数。") }
    var experimentUnavailable: String { pick("This page's experiment is not available.", "本页的实验无法使用。") }
    func moreFindings(_ count: Int) -> String {
        pick("… \(count) more lines of findings: enlarge the window or use 'dltutor run --json'",
             "… 还有 \(count) 行结论：请调大窗口或使用 'dltutor run --json'")
    }

    // Checkpoints.
    var checkpoint: String { pick("Checkpoint: ", "检查点：") }
    var typeNumber: String { pick("Type a number and press Enter: ", "输入数值后按 Enter：") }
    var yourAnswer: String { pick("Your answer: ", "你的答案：") }
    var right: String { pick("✓ Right. ", "✓ 正确。") }
    var wrong: String { pick("✗ Not quite. ", "✗ 不对。") }

    // Footer messages.
    var runCancelledMessage: String { pick("Run cancelled. Press r to run again.", "已取消运行。按 r 重新运行。") }
    func brokenLesson(_ message: String) -> String { pick("This lesson file is broken: \(message)", "这一课的文件有误：\(message)") }
    var lastPage: String { pick("Last page of this lesson. Press q for the lesson list.", "这是本课最后一页。按 q 返回课程列表。") }
    var firstPage: String { pick("First page of this lesson.", "这是本课第一页。") }
    func experimentCannotStart(_ reason: String) -> String { pick("This page's experiment cannot start: \(reason)", "本页的实验无法启动：\(reason)") }
    var noExperiment: String { pick("This page has no experiment to run.", "本页没有可运行的实验。") }
    func knobChanged(_ label: String, _ value: String) -> String { pick("\(label) = \(value). Press r to run with it.", "\(label) = \(value)。按 r 以此设置运行。") }
    var typeNumberHint: String { pick("Type a number and press Enter (Esc to stop answering).", "请输入数值并按 Enter（Esc 取消作答）。") }
    func notANumber(_ text: String) -> String {
        pick("'\(text)' is not a number: type e.g. 3.0001 or 1e-7 and press Enter.", "'\(text)' 不是数值：请输入例如 3.0001 或 1e-7 并按 Enter。")
    }
    var answerWithNumber: String { pick("Answer with the number of a choice.", "请按选项前的数字作答。") }
    func progressNotSaved(_ reason: String) -> String { pick("Progress could not be saved: \(reason)", "无法保存学习进度：\(reason)") }

    // Overlays.
    var helpLines: [String] {
        language == .zh ? [
            "按键",
            "",
            "↑ ↓  j k      移动 / 滚动 / 选择参数",
            "Enter         打开一课；运行本页的实验",
            "n p  PgDn PgUp  下一页 / 上一页（← → 也可以）",
            "Tab           在正文和参数之间切换",
            "← →  - +      调节选中的参数",
            "r             用当前参数重新运行",
            "Esc           取消运行；关闭帮助",
            "g G           页首 / 页尾",
            "1-9           回答检查点问题",
            "f             跟随演示时：自己探索 / 重新跟随",
            "?             显示本帮助",
            "q             返回课程列表；退出",
        ] : [
            "Keys",
            "",
            "↑ ↓  j k      move / scroll / choose a knob",
            "Enter         open a lesson; run the page's experiment",
            "n p  PgDn PgUp  next / previous page   (← → too)",
            "Tab           move focus between the text and the knobs",
            "← →  - +      change the focused knob",
            "r             run again with the current knobs",
            "Esc           cancel a run; close this help",
            "g G           top / bottom of the page",
            "1-9           answer a checkpoint question",
            "f             when following a presentation: explore / rejoin",
            "?             this help",
            "q             back to the lesson list; quit",
        ]
    }
    var confirmQuitLines: [String] {
        [pick("A run is in progress.", "实验正在运行。"), "", pick("Stop it and quit?  y / n", "停止运行并退出？ y / n")]
    }
}
