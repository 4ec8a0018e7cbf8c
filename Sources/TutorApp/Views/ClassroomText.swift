import Course
import Localization

/// The tutor's words about presenting and following, in the course's language.
struct ClassroomText {
    let language: Language

    private func pick(_ english: String, _ chinese: String) -> String { language == .zh ? chinese : english }

    // Header badges.
    func presenting(_ name: String) -> String { pick("presenting \(name)", "正在演示 \(name)") }
    func following(_ name: String, presenter: String?) -> String {
        let owner = presenter.map { " — " + $0 } ?? ""
        return pick("following \(name)\(owner)", "跟随 \(name)\(owner)")
    }
    var exploring: String { pick("exploring — press f to rejoin", "自由探索 — 按 f 重新跟随") }
    var presenterGone: String { pick("presenter gone", "演示者已离开") }
    func waiting(_ name: String) -> String { pick("waiting for \(name)", "等待 \(name)") }

    // Footer while following.
    /// `canAnswer`: the page on screen has a checkpoint (only then does a digit do something);
    /// `canSwitchView`: it has an experiment (only then has it views for `v` to switch between).
    func keysFollowing(_ name: String, canAnswer: Bool, canSwitchView: Bool) -> String {
        let hints = Keymap.followingHints.filter {
            (canAnswer || $0.keys != Keymap.answerHint.keys) && (canSwitchView || $0.keys != Keymap.viewKeyHint.keys)
        }
        return following(name, presenter: nil) + "   " + Keymap.footer(hints, language: language)
    }

    // Footer messages.
    func heldBack(_ name: String) -> String {
        pick("Following \(name): press f to explore on your own.", "正在跟随 \(name)：按 f 自由探索。")
    }
    func steppedOut(_ name: String) -> String {
        pick("Exploring on your own. Press f to rejoin \(name).", "自由探索中。按 f 重新跟随 \(name)。")
    }
    func rejoined(_ name: String) -> String { pick("Following \(name) again.", "重新跟随 \(name)。") }
    func joined(_ name: String) -> String { pick("\(name) is presenting: following.", "\(name) 正在演示：开始跟随。") }
    func presenterLeft(_ name: String) -> String {
        pick("The presenter has left. Keys are yours; you will follow \(name) again when it is back.",
             "演示者已离开。现在可以自由操作；\(name) 回来后会自动重新跟随。")
    }
    func ignoredUpdate(_ name: String, _ reason: String) -> String {
        pick("Ignored an update from \(name): \(reason).", "忽略了来自 \(name) 的一次更新：\(reason)。")
    }
    func notPublished(_ reason: String) -> String {
        pick("The presentation could not be published: \(reason)", "无法发布演示状态：\(reason)")
    }

    // The follower's run budget.
    func runHeldBack(used: Double, limit: Double) -> String {
        pick("Held back the presenter's run: its runs used \(Int(used.rounded())) s of CPU in the last minute (a follower gives at most \(Int(limit)) s); the latest runs when there is room.",
             "暂缓了演示者的运行：其运行在最近一分钟用了 \(Int(used.rounded())) 秒 CPU（跟随者最多给 \(Int(limit)) 秒）；有余量时运行最新的一次。")
    }
    func runStopped(used: Double, limit: Double) -> String {
        pick("Stopped the presenter's run: its runs used \(Int(used.rounded())) s of CPU in the last minute (a follower gives at most \(Int(limit)) s).",
             "停止了演示者的运行：其运行在最近一分钟用了 \(Int(used.rounded())) 秒 CPU（跟随者最多给 \(Int(limit)) 秒）。")
    }

    // Reasons an update is refused.
    func unknownLesson(_ id: String) -> String { pick("no lesson '\(id)' in this course", "本课程没有课 '\(id)'") }
    func brokenLesson(_ id: String) -> String { pick("lesson '\(id)' cannot be opened here", "这里无法打开课 '\(id)'") }
    func unknownPage(_ id: String, _ lesson: String) -> String {
        pick("no page '\(id)' in lesson '\(lesson)'", "课 '\(lesson)' 中没有页 '\(id)'")
    }
    func otherExperiment(_ id: String) -> String {
        pick("experiment '\(id)' is not the one on this page", "实验 '\(id)' 与本页的实验不符")
    }
    // Class answers (counts only).
    func answered(_ count: Int, right: Int) -> String {
        count == 0 ? pick("Class: no answers yet", "全班：尚无人作答")
            : pick("Class: \(count) answered, \(right) right", "全班：\(count) 人作答，\(right) 人正确")
    }
    var shownToClass: String { pick(" (shown to the class; a hides)", "（已向全班公布；按 a 收回）") }
    var notShownToClass: String { pick(" (a shows the class)", "（按 a 向全班公布）") }
    var answersRevealed: String { pick("The class's answers are shown to the followers (counts only). Press a to hide them.", "已向跟随者公布全班的答案（只有人数）。按 a 收回。") }
    var answersHidden: String { pick("The class's answers are hidden from the followers.", "已向跟随者收回全班的答案。") }
    func ignoredAnswers(_ reason: String, more: Int) -> String {
        let others = more > 0 ? pick(" (and \(more) more)", "（另有 \(more) 份）") : ""
        return pick("Ignored an answer file: \(reason)\(others).", "忽略了一份答案文件：\(reason)\(others)。")
    }
    func answerNotSent(_ reason: String) -> String {
        pick("Your answer was not sent to the class: \(reason).", "你的答案未能发送给全班：\(reason)。")
    }

    func otherName(_ name: String) -> String { pick("the file names another presentation ('\(name)')", "文件写的是另一个演示（'\(name)'）") }
    var pageWithoutLesson: String { pick("a page without a lesson", "只有页而没有课") }
}
