import DLCore

extension ArrayLayout {
    /// The arrays as DLCore's named segments of one flat vector, so the bug lab's comparison (bars,
    /// verdicts, worst components, export) applies to them. An array of more than two dimensions is
    /// seen as its first dimension by the rest flattened.
    var segments: [ParameterSegment] {
        var offset = 0
        return entries.enumerated().map { index, entry in
            let count = entry.shape.reduce(1, *)
            let columns = entry.shape.count > 1 ? entry.shape.dropFirst().reduce(1, *) : 1
            defer { offset += count }
            // `isWeight` decides how components are named: "W2[1, 3]" for a matrix, "b1[2]" for a column,
            // a vector or a scalar (as DLCore names a bias).
            return ParameterSegment(name: entry.name, range: offset..<(offset + count), rows: entry.shape.first ?? 1,
                                    columns: columns, layer: ArrayLayout.layerNumber(entry.name).map { $0 - 1 } ?? index,
                                    isWeight: columns > 1)
        }
    }

    /// The number that ends a name ("W12" → 12), the course's layer numbering.
    static func layerNumber(_ name: String) -> Int? {
        let digits = name.reversed().prefix { $0.isNumber }
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    /// A flat vector of these arrays' values.
    func vector(_ arrays: [NamedArray]) -> ParameterVector {
        // The arrays were read against this layout, so the counts always match.
        try! ParameterVector(values: arrays.flatMap(\.values), segments: segments)
    }
}
