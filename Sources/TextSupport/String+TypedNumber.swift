extension StringProtocol {
    /// A number the way people type it: `1e-7`, `−2` (Unicode minus), `10,000` (commas that group
    /// thousands), `10 000` and `1_000`; with `decimalComma`, also `0,5` (a comma that groups no
    /// thousands is the decimal mark). The one reading of a typed number, for knob values and
    /// checkpoint answers alike. `nil` when the text is no number; `inf` and `nan` are numbers here.
    public func typedNumber(decimalComma: Bool = false) -> Double? {
        var cleaned = String(String.UnicodeScalarView(unicodeScalars.filter { !$0.isSpace && $0 != "_" }))
            .replacing("−", with: "-")
        if cleaned.contains(",") {
            if cleaned.wholeMatch(of: #/[-+]?\d{1,3}(,\d{3})+(\.\d*)?/#) != nil {
                cleaned = cleaned.replacing(",", with: "")
            } else if decimalComma {
                cleaned = cleaned.replacing(",", with: ".")
            }
        }
        return Double(cleaned)
    }
}
