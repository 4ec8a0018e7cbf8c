import FoundationEssentials
import Glibc
import TextCharts

/// What an ε sweep's error curve does, read from its trend rather than from single points.
///
/// Near its bottom the error of a numerical derivative is rounding noise: one ε may land a decade
/// below its neighbours by luck, so the lowest point is not the floor a student can count on. The
/// curve is smoothed first — the geometric mean of the errors within half a decade either side of
/// each ε (at least one neighbour each side) — and the floor, its ε and the rise below it are read
/// from the smoothed curve. Exact zeros (a difference that rounds to the exact derivative) are left
/// out of the means; a window of zeros only smooths to zero.
struct EpsilonTrend: Equatable {
    /// The smoothed error at its lowest, and the ε where that is.
    var floorError: Double
    var floorEpsilon: Double
    /// The smoothed error at the smallest ε of the sweep.
    var errorAtSmallestEpsilon: Double
    /// How many powers of ten the smoothed error climbs from its floor to the smallest ε
    /// (0 when it does not climb; zeros count as 1e-300, so the number stays finite).
    var riseDecades: Double

    /// A climb of at least this many decades from the floor is the rounding rise "grows again" names;
    /// a sweep where rounding never overtakes truncation climbs by exactly 0.
    static let rise = 1.0

    var grows: Bool { riseDecades >= Self.rise }

    /// The trend of `series`, whose points run from the largest ε down, `pointsPerDecade` a decade.
    init(_ series: Series, pointsPerDecade: Int) {
        let smoothed = Self.smoothed(series.y, halfWidth: max(1, pointsPerDecade / 2))
        let lowest = smoothed.indices.min { smoothed[$0] < smoothed[$1] } ?? 0
        floorError = smoothed.isEmpty ? .nan : smoothed[lowest]
        floorEpsilon = series.x.isEmpty ? .nan : series.x[lowest]
        errorAtSmallestEpsilon = smoothed.last ?? .nan
        let tiny = 1e-300
        riseDecades = log10(max(errorAtSmallestEpsilon, tiny) / max(floorError, tiny))
    }

    /// The geometric mean of the positive values within `halfWidth` points either side of each point.
    static func smoothed(_ values: [Double], halfWidth: Int) -> [Double] {
        values.indices.map { index in
            let window = values[max(0, index - halfWidth)...min(values.count - 1, index + halfWidth)]
            let logs = window.filter { $0 > 0 }.map(log10)
            return logs.isEmpty ? 0 : pow(10, logs.reduce(0, +) / Double(logs.count))
        }
    }
}
