extension EnglishStrings {
    var classZero: String { "class 0" }
    var classOne: String { "class 1" }
    var trainingCost: String { "training cost" }
}
