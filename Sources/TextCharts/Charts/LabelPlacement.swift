/// Where a chart's annotations go (reference-line labels, divergence notes): each label takes the
/// first of its candidate places that no label placed before it covers, so no annotation is ever
/// written over another.
struct LabelPlacement {
    /// The plot the labels must stay inside.
    let bounds: Rect
    private(set) var taken: [Rect] = []

    init(bounds: Rect) {
        self.bounds = bounds
    }

    /// Takes the first candidate (the left end of a label `width` wide on a row) that fits in the
    /// plot and touches no label placed so far, keeping one blank column between labels; nil when
    /// none is free.
    mutating func place(width: Int, candidates: [(x: Int, y: Int)]) -> (x: Int, y: Int)? {
        guard width > 0 else { return nil }
        for candidate in candidates {
            let rect = Rect(x: candidate.x, y: candidate.y, width: width, height: 1)
            guard rect.x >= bounds.x, rect.maxX <= bounds.maxX, rect.y >= bounds.y, rect.maxY <= bounds.maxY else { continue }
            let padded = Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: 1)
            if taken.contains(where: { !$0.intersection(padded).isEmpty }) { continue }
            taken.append(rect)
            return candidate
        }
        return nil
    }
}
