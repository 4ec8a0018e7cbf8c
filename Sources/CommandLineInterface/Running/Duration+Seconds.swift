extension Duration {
    /// The duration in seconds, for clocks handed to the tutor and for benchmark figures.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
