/// Words of the `reg.l1-geometry` experiment (约束区域的几何).
protocol ConstraintGeometryStrings {
    var geometryTitle: String { get }
    var geometrySummary: String { get }
    var geometryBudget: KnobText { get }
    var geometryElongation: KnobText { get }
    func geometryChartTitle(_ budget: String) -> String
    var geometryDiamond: String { get }
    var geometryCircle: String { get }
    /// The two axes, where L1's solutions land.
    var geometryAxisW1: String { get }
    var geometryAxisW2: String { get }
    var geometryOptimum: String { get }
    var geometryL1Solution: String { get }
    var geometryL2Solution: String { get }
    func geometryShown(_ l1w1: String, _ l1w2: String, _ l1Zeros: Int, _ l2w1: String, _ l2w2: String, _ l2Zeros: Int) -> String
    func geometryShares(_ count: Int, _ l1Share: String, _ l2Share: String) -> String
}
