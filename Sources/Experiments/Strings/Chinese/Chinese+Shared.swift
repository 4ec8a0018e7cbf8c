extension ChineseStrings {
    var classZero: String { "类别 0" }
    var classOne: String { "类别 1" }
    var trainingCost: String { "训练代价" }
}
