/// The few words charts write themselves, when rows do not fit: "… 7 more", "… 3 more rows".
/// Charts know no language; whoever draws them passes the words of the student's (English by default).
public struct ChartWords: Sendable, Hashable {
    /// Around the count of bars left out: "… " and " more".
    public var moreBefore: String
    public var moreAfter: String
    /// Around the count of table rows left out: "… " and " more rows".
    public var moreRowsBefore: String
    public var moreRowsAfter: String

    public init(moreBefore: String, moreAfter: String, moreRowsBefore: String, moreRowsAfter: String) {
        self.moreBefore = moreBefore
        self.moreAfter = moreAfter
        self.moreRowsBefore = moreRowsBefore
        self.moreRowsAfter = moreRowsAfter
    }

    public static let english = ChartWords(moreBefore: "… ", moreAfter: " more", moreRowsBefore: "… ", moreRowsAfter: " more rows")

    public func more(_ count: Int) -> String { moreBefore + String(count) + moreAfter }
    public func moreRows(_ count: Int) -> String { moreRowsBefore + String(count) + moreRowsAfter }
}
