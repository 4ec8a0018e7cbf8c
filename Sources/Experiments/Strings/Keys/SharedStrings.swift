/// Words of the pictures several topics share (`Catalog/Shared`).
protocol SharedStrings {
    var classZero: String { get }
    var classOne: String { get }
    var trainingCost: String { get }
}
