/// The experiments' Simplified Chinese: every string, one extension per lesson topic in this
/// folder, in the course's terms (开发集, 泛化, 折点, 随机失活, 正则化…).
struct ChineseStrings: ExperimentStrings {}
