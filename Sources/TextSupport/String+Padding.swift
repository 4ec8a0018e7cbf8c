extension String {
    /// The text followed by spaces up to `width` characters (unchanged when it is as long or longer), like
    /// printf's `%-10s` for the ASCII names of logs and benchmark lines. Screen text pads by display
    /// width instead (TextCharts' `DisplayWidth`).
    public func paddedRight(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
