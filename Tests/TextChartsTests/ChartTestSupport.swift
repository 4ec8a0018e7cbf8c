import Testing
@testable import TextCharts

/// Renders `widget` into a fresh buffer of the given size and returns its lines.
func renderLines(_ widget: some Widget, width: Int = 40, height: Int = 10, ascii: Bool = false, color: Bool = true) -> [String] {
    var buffer = ScreenBuffer(width: width, height: height)
    buffer.render(widget, in: buffer.area, options: RenderOptions(charset: ascii ? .ascii : .unicode, color: color))
    return buffer.lines()
}

/// Prints lines framed so trailing spaces and the edges show; for looking at a chart while writing a test.
func show(_ lines: [String]) {
    print(lines.map { "|" + $0 + "|" }.joined(separator: "\n"))
}

/// The finite-difference errors of the walking skeleton's lesson: d/dθ θ³ at θ = 1, ε = 1e-1 … 1e-12.
func finiteDifferenceSeries() -> [Series] {
    var one = Series(name: "one-sided")
    var two = Series(name: "two-sided")
    let theta = 1.0
    func f(_ t: Double) -> Double { t * t * t }
    for step in 0...11 {
        var epsilon = 1.0
        for _ in 0...step { epsilon /= 10 }
        one.append(x: epsilon, y: abs((f(theta + epsilon) - f(theta)) / epsilon - 3))
        two.append(x: epsilon, y: abs((f(theta + epsilon) - f(theta - epsilon)) / (2 * epsilon) - 3))
    }
    return [one, two]
}
