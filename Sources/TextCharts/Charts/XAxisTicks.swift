/// Where the ticks of a horizontal axis go, and their labels: as many as fit with two free columns
/// between neighbouring labels. Shared by the x–y charts' `CartesianFrame` and by `BarChart`.
struct XAxisTicks {
    typealias Placed = (tick: AxisTick, column: Int, start: Int)

    /// The ticks placed, in increasing order of value.
    let placed: [Placed]

    /// Starts from one tick per `cellsPerTick` of the axis's `width` columns and asks `mapping` for
    /// fewer until no label has to be left out (or only two are asked for). `column` gives the screen
    /// column of a fraction along the axis, from 0 to 1; labels are centred on their tick and kept
    /// within `left..<right`.
    init(_ mapping: AxisMapping, width: Int, cellsPerTick: Int, labelsWithin left: Int, _ right: Int,
         column: (Double) -> Int) {
        var budget = max(2, width / cellsPerTick)
        var (placed, dropped) = Self.place(mapping, maxCount: budget, left: left, right: right, column: column)
        while dropped && budget > 2 {
            budget -= 1
            (placed, dropped) = Self.place(mapping, maxCount: budget, left: left, right: right, column: column)
        }
        self.placed = placed
    }

    /// Ticks with non-overlapping labels; a label that would collide with the previous one is left out.
    private static func place(_ mapping: AxisMapping, maxCount: Int, left: Int, right: Int,
                              column: (Double) -> Int) -> (placed: [Placed], dropped: Bool) {
        var placed: [Placed] = []
        var nextFree = left
        var dropped = false
        for tick in mapping.ticks(maxCount: maxCount).sorted(by: { $0.value < $1.value }) {
            guard let fraction = mapping.fraction(tick.value), fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
            let column = column(min(1, max(0, fraction)))
            let width = DisplayWidth.of(tick.label)
            let start = min(max(column - (width - 1) / 2, left), right - width)
            if start < nextFree || width > right - left {
                dropped = true
                continue
            }
            placed.append((tick, column, start))
            nextFree = start + width + 2
        }
        return (placed, dropped)
    }
}
