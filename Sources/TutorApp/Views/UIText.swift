import Course
import Localization

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

    // The experiment panel.
    var runDone: String { pick("done", "完成") }
    var runCancelled: String { pick("cancelled", "已取消") }
    var running: String { pick("running", "运行中") }
    var pressRun: String { pick("Press r or Enter to run it; Tab to adjust its knobs.", "按 r 或 Enter 运行实验；按 Tab 调节参数。") }
    var experimentUnavailable: String { pick("This page's experiment is not available.", "本页的实验无法使用。") }
    /// What the split view's panel could not show, and where it is.
    func moreInLab(_ lines: Int, tables: Int) -> String {
        var english = lines > 0 ? "… \(lines) more \(lines == 1 ? "line" : "lines") of findings" : "…"
        var chinese = lines > 0 ? "… 还有 \(lines) 行结论" : "…"
        if tables > 0 {
            english += lines > 0 ? " and " : " "
            english += tables == 1 ? "a table" : "\(tables) tables"
            chinese += lines > 0 ? "和 \(tables) 个表格" : " \(tables) 个表格"
        }
        return pick(english + ": press v for the lab view", chinese + "：按 v 查看实验视图")
    }

    // The text view's experiment strip.
    func stripBeforeRun(_ title: String) -> String { pick("\(title) — press r to run", "\(title) — 按 r 运行") }
    func stripRunning(_ title: String) -> String { pick("\(title) — running; v to watch", "\(title) — 运行中；按 v 观看") }
    func stripDone(_ title: String) -> String { pick("\(title) — done; v to see the results", "\(title) — 完成；按 v 查看结果") }
    func stripCancelled(_ title: String) -> String { pick("\(title) — cancelled; r to run again", "\(title) — 已取消；按 r 重新运行") }

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
    var confirmQuitLines: [String] {
        [pick("A run is in progress.", "实验正在运行。"), "", pick("Stop it and quit?  y / n", "停止运行并退出？ y / n")]
    }
}
