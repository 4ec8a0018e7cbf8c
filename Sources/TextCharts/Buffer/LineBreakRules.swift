/// Which characters may begin or end a line, after the Chinese typesetting rules (GB/T 15834,
/// W3C "Requirements for Chinese Text Layout", the kinsoku rules of CJK typesetting).
///
/// Closing punctuation never begins a line and opening punctuation never ends one: each is
/// kept with the character it belongs to. Both full- and half-width forms are listed, since
/// Chinese lessons mix them ("ReLU）", "（见 ReLU）", "0.5%，").
enum LineBreakRules {
    /// Never at the start of a line: they close or follow what comes before them.
    static let closing: Set<Character> = [
        "。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "》", "】", "〉", "〕", "〗", "〙", "〛", "｝", "］",
        "”", "’", "…", "‥", "·", "・", "％", "‰", "〞", "︰", "﹐", "﹑", "﹒", "﹔", "﹕", "﹖", "﹗", "｡", "､", "｣",
        "．", "｠", "〟",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Never at the end of a line: they open what comes after them.
    static let opening: Set<Character> = [
        "（", "「", "『", "《", "【", "〈", "〔", "〖", "〘", "〚", "｛", "［", "“", "‘", "〝", "｟", "｢",
        "(", "[", "{",
    ]

    /// Dashes come in pairs in Chinese ("——", "……") and a pair is never split.
    static let doubled: Set<Character> = ["—", "…", "―", "⋯"]

    /// Chinese units and measure words that belong to the number before them ("3 层", "100 轮",
    /// "2 倍"), and Latin units written after a space ("30 ms", "45 MB").
    static let unitsAfterNumbers: Set<String> = [
        "个", "轮", "步", "次", "层", "倍", "秒", "位", "维", "项", "页", "行", "列", "组", "批", "张", "类", "元", "%", "％",
        "ms", "s", "min", "h", "dB", "B", "KB", "kB", "MB", "GB", "x", "×", "px", "Hz",
    ]

    /// "3", "0.001", "1e-7", "-2.5", "10⁻⁷", "60%": what a unit after it belongs to.
    static func isNumber(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber || ((first == "-" || first == "−" || first == ".") && text.count > 1) else {
            return false
        }
        return text.allSatisfy { $0.isNumber || ".,eE+-−⁻⁺×^%".contains($0) }
    }

    /// Where breaking is a good idea even if the line could hold more: after Chinese sentence
    /// and clause punctuation.
    static let preferredBreakAfter: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "》", "】"]
}
