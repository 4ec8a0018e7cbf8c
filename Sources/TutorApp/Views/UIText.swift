import Course
import Experiments
import ExerciseCheck
import FoundationEssentials
import TextSupport
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
    /// After a finished lesson in the list when there is no ✓ to draw.
    var lessonDoneASCII: String { pick(" [done]", " [完成]") }
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
    /// Between a knob's help and its valid values.
    var listSeparator: String { pick("; ", "；") }
    var runDone: String { pick("done", "完成") }
    var runCancelled: String { pick("cancelled", "已取消") }
    var running: String { pick("running", "运行中") }
    var pressRun: String { pick("Press r or Enter to run it; Tab to adjust its knobs.", "按 r 或 Enter 运行实验；按 Tab 调节旋钮。") }
    var experimentUnavailable: String { pick("This page's experiment is not available.", "本页的实验无法使用。") }

    // Comparing runs.
    var runsTableTitle: String { pick("runs", "运行记录") }
    var thisRunName: String { pick("this run", "本次") }
    var previousRunName: String { pick("previous", "上次") }
    var earlierRunName: String { pick("earlier", "更早") }
    var noPreviousRun: String { pick("No earlier run on this page to compare with yet: change a knob and press r.", "本页还没有可比较的上一次运行：调节旋钮后按 r。") }
    var previousRunShown: String { pick("The previous run is shown faint on the chart (o hides it).", "上一次运行以淡色显示在图上（按 o 隐藏）。") }
    var previousRunHidden: String { pick("The previous run is hidden (o shows it again).", "已隐藏上一次运行（按 o 重新显示）。") }

    /// What follows a count of things the split panel leaves out: the lab view shows them.
    var labHint: String { pick(": press v for the lab view", "：按 v 查看实验视图") }

    /// What the split view's panel could not show, and where it is.
    func moreInLab(_ lines: Int, tables: Int) -> String {
        var english = lines > 0 ? "… \(lines) more \(lines == 1 ? "line" : "lines") of findings" : "…"
        var chinese = lines > 0 ? "… 还有 \(lines) 行结论" : "…"
        if tables > 0 {
            english += lines > 0 ? " and " : " "
            english += tables == 1 ? "a table" : "\(tables) tables"
            chinese += lines > 0 ? "和 \(tables) 个表格" : " \(tables) 个表格"
        }
        return pick(english, chinese) + labHint
    }

    // The text view's experiment strip.
    func stripBeforeRun(_ title: String) -> String { pick("\(title) — press r to run", "\(title) — 按 r 运行") }
    func stripRunning(_ title: String) -> String { pick("\(title) — running; v to watch", "\(title) — 运行中；按 v 观看") }
    func stripDone(_ title: String) -> String { pick("\(title) — done; v to see the results", "\(title) — 完成；按 v 查看结果") }
    func stripCancelled(_ title: String) -> String { pick("\(title) — cancelled; r to run again", "\(title) — 已取消；按 r 重新运行") }

    // Checkpoints.
    /// "Checkpoint:" or, on a page with several, "Checkpoint 2/2:".
    func checkpoint(number: Int?, of total: Int?) -> String {
        guard let number, let total else { return pick("Checkpoint: ", "检查点：") }
        return pick("Checkpoint \(number)/\(total): ", "检查点 \(number)/\(total)：")
    }
    var hint: String { pick("Hint: ", "提示：") }
    var tryAgain: String { pick(" Answer again.", "请再答一次。") }
    var typeNumber: String { pick("Type a number and press Enter: ", "输入数值后按 Enter：") }
    var yourAnswer: String { pick("Your answer: ", "你的答案：") }
    var right: String { pick("✓ Right. ", "✓ 正确。") }
    var wrong: String { pick("✗ Not quite. ", "✗ 不对。") }

    // Footer messages.
    var runCancelledMessage: String { pick("Run cancelled. Press r to run again.", "已取消运行。按 r 重新运行。") }
    func brokenLesson(_ message: String) -> String { pick("This lesson file is broken: \(message)", "这一课的文件有误：\(message)") }
    var lastPage: String { pick("Last page of the course. Press q for the lesson list.", "这是整个课程的最后一页。按 q 返回课程列表。") }
    func endOfLesson(next: String) -> String {
        pick("End of the lesson. n: next lesson (\(next)); q: lesson list", "本课结束。n：下一课《\(next)》；q：课程列表")
    }
    var endOfCourse: String { pick("End of the lesson. q: lesson list", "本课结束。q：课程列表") }
    var chooseCheckpoint: String {
        pick("No checkpoint on screen: press Tab to choose one, then answer.", "屏幕上没有检查点：按 Tab 选中一个再作答。")
    }
    var noCheckpoint: String { pick("This page has no checkpoint to answer.", "本页没有需要回答的检查点。") }
    var firstPage: String { pick("First page of this lesson.", "这是本课第一页。") }
    func experimentCannotStart(_ reason: String) -> String { pick("This page's experiment cannot start: \(reason)", "本页的实验无法启动：\(reason)") }
    var noExperiment: String { pick("This page has no experiment to run.", "本页没有可运行的实验。") }
    func knobChanged(_ label: String, _ value: String) -> String { pick("\(label) = \(value). Press r to run with it.", "\(label) = \(value)。按 r 以此设置运行。") }
    /// A typed knob value the knob refused: why (the knob's own message) and the value kept.
    func knobRefused(_ typed: String, reason: String, kept: String) -> String {
        pick("Not set: \(reason). The knob keeps \(kept); correct the value or press Esc.",
             "未设置：\(reason)。旋钮保持 \(kept)；请修改输入或按 Esc。")
    }
    /// Why a typed value was refused, in the course's language (the knob's valid values in it too).
    func knobRefusal(_ error: KnobError, knob: Knob) -> String {
        let expected = knob.validValues(in: language)
        switch error {
        case .outOfRange(_, let value, _):
            return pick("\(value) is out of range for \(knob.id): expected \(expected)", "\(value) 超出了 \(knob.id) 的范围：应为 \(expected)")
        case .invalidValue(_, let value, _):
            return pick("'\(value)' is not a valid value for \(knob.id): expected \(expected)", "'\(value)' 不是 \(knob.id) 的有效取值：应为 \(expected)")
        case .unknownKnob, .malformedSetting:
            return error.description
        }
    }
    var typeKnobHint: String { pick("Type the value and press Enter (Esc to keep the old one).", "输入数值后按 Enter（Esc 保留原值）。") }
    var typeKnobValue: String { pick("type a value: ", "输入数值：") }
    func presetApplied(_ settings: String) -> String { pick("Preset: \(settings). Press r to run with it.", "预设：\(settings)。按 r 以此设置运行。") }
    func noPreset(_ key: Character) -> String { pick("This page has no preset on \(key).", "本页没有对应 \(key) 的预设。") }
    var presets: String { pick("presets:", "预设：") }
    /// The overview's line under the lessons: the highlighted lesson's checkpoints still to answer right.
    func openCheckpoints(_ lesson: String, _ pages: [String]) -> String {
        pick("Still open in \(lesson): " + pages.joined(separator: ", "), "《\(lesson)》尚未答对：" + pages.joined(separator: "、"))
    }
    func checkpointOnPage(_ page: String, number: Int?) -> String {
        guard let number else { return pick("checkpoint on “\(page)”", "“\(page)”的检查点") }
        return pick("checkpoint \(number) on “\(page)”", "“\(page)”的第 \(number) 个检查点")
    }
    var typeNumberHint: String { pick("Type a number and press Enter (Esc to stop answering).", "请输入数值并按 Enter（Esc 取消作答）。") }
    func notANumber(_ text: String) -> String {
        pick("'\(text)' is not a number: type e.g. 3.0001 or 1e-7 and press Enter.", "'\(text)' 不是数值：请输入例如 3.0001 或 1e-7 并按 Enter。")
    }
    var answerWithNumber: String { pick("Answer with the number of a choice.", "请按选项前的数字作答。") }
    func progressNotSaved(_ reason: String) -> String { pick("Progress could not be saved: \(reason)", "无法保存学习进度：\(reason)") }

    // Exercises: the panel's section, footer messages and the offer to create the folder.
    func exercisesDone(_ done: Int, of total: Int) -> String { pick("(\(done)/\(total) exercises)", "(\(done)/\(total) 个练习)") }
    func exerciseTitle(_ file: String) -> String { pick("Exercise: \(file)", "练习：\(file)") }
    func exerciseFile(_ path: String) -> String { pick("Your file: \(path)", "你的文件：\(path)") }
    var exerciseKeys: String { pick("e edits it in your editor; saving it (here or elsewhere) re-checks it.",
                                    "按 e 在编辑器中编写；保存（在这里或别处）即重新检查。") }
    var exerciseChecking: String { pick("Checking…", "检查中…") }
    var exerciseNotChecked: String { pick("Not checked yet.", "尚未检查。") }
    var exerciseMissing: String {
        pick("Your file does not exist yet: press e to copy the starters to your folder ('dltutor exercises init').",
             "你的文件还不存在：按 e 把练习的初始文件复制到你的文件夹（即 'dltutor exercises init'）。")
    }
    func exerciseCouldNotRun(_ reason: String) -> String { pick("The check could not run: \(reason)", "检查无法运行：\(reason)") }
    func exerciseVerdict(passed: Bool, overall: Double) -> String {
        let value = Self.scientific(overall)
        return passed ? pick("✓ Passed: relative difference \(value).", "✓ 通过：相对误差 \(value)。")
                      : pick("✗ Not yet: relative difference \(value); the red arrays are wrong.", "✗ 还没对：相对误差 \(value)；红色的数组有错。")
    }
    func checkerVerdict(failingArrays: [String]) -> String {
        failingArrays.isEmpty
            ? pick("✓ Passed: your gradient checker agrees with dltutor's.", "✓ 通过：你的梯度检验与 dltutor 的一致。")
            : pick("✗ Not yet: your numerical gradient is off in \(failingArrays.joined(separator: ", ")).",
                   "✗ 还没对：你的数值梯度在 \(failingArrays.joined(separator: "、")) 上有偏差。")
    }
    var noExercise: String { pick("This page has no exercise to edit.", "本页没有可编写的练习。") }
    func editorFailed(_ reason: String) -> String { pick("The editor did not run: \(reason)", "编辑器没有运行：\(reason)") }
    func editorExited(_ code: Int32) -> String {
        pick("The editor exited with status \(code); the file as saved is checked.", "编辑器以状态 \(code) 退出；按已保存的文件检查。")
    }
    var noEditor: String {
        pick("No editor found: set VISUAL or EDITOR (e.g. export EDITOR=nano), or install nano or vi.",
             "没有找到编辑器：请设置 VISUAL 或 EDITOR（例如 export EDITOR=nano），或安装 nano 或 vi。")
    }
    func exercisesCreated(_ folder: String) -> String { pick("Copied the exercises to \(folder).", "已把练习复制到 \(folder)。") }
    func exercisesNotCreated(_ reason: String) -> String { pick("The exercises were not copied: \(reason)", "没有复制练习：\(reason)") }
    func createExercisesLines(_ request: ExerciseRequest) -> [String] {
        [pick("\(request.file) does not exist.", "\(request.file) 不存在。"), "",
         pick("Copy the starter exercises to \(request.folder)?", "把练习的初始文件复制到 \(request.folder) 吗？"),
         pick("(Files you changed there are kept.)  y / n", "（你改过的文件会保留。）  y / n")]
    }

    /// The hint for a recognisable mistake, in the course's language (the check's own `text` is English).
    func hint(_ hint: MistakeHint) -> String {
        guard language == .zh else { return "Hint: " + hint.text }
        let short = Self.short
        func list(_ names: [String]) -> String { names.joined(separator: "、") }
        switch hint {
        case .signFlipped(let arrays):
            return "提示：\(list(arrays)) 与数值梯度符号相反（相对误差为 1）：某处符号反了，例如把 A − Y 写成了 Y − A，或导数里丢了负号。"
        case .sharedFactor(let k):
            let m = k.rounded()
            let likelyM = k > 1.5 && abs(k - m) < 1e-3 * k
            return "提示：每个数组都是数值梯度的 \(short(k)) 倍：各层共有的某个因子错了"
                + (likelyM ? "——如果你有 \(Int(m)) 个样本，就是漏了 1/m（在 dW、db 或 dAL 中）。" : "，例如 1/m。")
        case .onlyWeights(let arrays, let coefficient):
            let base = "提示：只有 \(list(arrays)) 不对，b 数组都对："
            guard let c = coefficient else { return base + "看看只有 dW 才有的部分——正则化项，或 dW = dZ·A_prevᵀ/m 中的 A_prev。" }
            return c < 0 ? base + "反向传播少了一项 (λ/m)·W，λ/m = \(short(-c))：忘了 L2 项的梯度。"
                         : base + "反向传播多了一项 (λ/m)·W，λ/m = \(short(c))，而代价里没有：给代价加上 (λ/2m)·Σ‖W‖²，或两处用同一个 λ。"
        case .constantFactor(let array, let k, let measured):
            return "提示：\(array) 是数值梯度的 \(short(k)) 倍：常数因子 k 给出 |k−1|/(k+1) = \(short(abs(k - 1) / (k + 1)))"
                + "（实测 \(short(measured))）。检查计算 d\(array) 的那一行里多出的因子。"
        case .belowLayer(let layer, let arrays):
            return "提示：\(list(arrays)) 不对，而第 \(layer) 层以上都对：错误出在梯度穿过第 \(layer) 层激活函数的地方——"
                + "它的导数（relu_backward、sigmoid_backward），或没有按前向传播那样使用的 dropout 掩码。"
        case .other(let arrays):
            return "提示：出错的有 \(list(arrays))。从出错的最高一层查起：错误从那里进入。"
        }
    }

    static func short(_ value: Double) -> String { String(printf: "%.4g", value) }
    static func scientific(_ value: Double) -> String { value.isFinite ? String(printf: "%.1e", value) : "\(value)" }
    // The glossary screen.
    func glossaryTitle(_ count: Int) -> String { pick("Glossary — \(count) terms in English and Chinese", "术语表 — 共 \(count) 个术语，中英对照") }
    var glossarySearch: String { pick("Search (English or 中文): ", "搜索（中文或 English）：") }
    func glossaryMatches(_ count: Int) -> String { pick(count == 1 ? "1 match" : "\(count) matches", "\(count) 条") }
    func glossaryNoMatch(_ query: String, total: Int) -> String {
        pick("No term matches '\(query)'. Backspace shortens the search; all \(total) terms show when it is empty.",
             "没有与 '\(query)' 匹配的术语。按 Backspace 缩短搜索词；搜索词为空时显示全部 \(total) 个术语。")
    }
    func glossaryTaughtIn(_ lesson: String) -> String { pick("taught in: \(lesson)", "所在课程：\(lesson)") }

    // Overlays.
    var confirmQuitLines: [String] {
        [pick("A run is in progress.", "实验正在运行。"), "", pick("Stop it and quit?  y / n", "停止运行并退出？ y / n")]
    }
}
