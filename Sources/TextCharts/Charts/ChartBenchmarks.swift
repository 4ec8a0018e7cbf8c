/// Render timings for `dltutor bench`: how long one full redraw of a large chart takes, so a live
/// run can redraw several times a second without the tutor feeling slow. Budget: under 5 ms each
/// in a release build.
public enum ChartBenchmarks {
    /// Seconds per render of a full-screen (250×70) line chart of 10,000 points (two series of a
    /// noisy, decaying loss curve, one of them on log–log axes' worst case: every point placed).
    public static func lineChart10k() -> Double {
        var train = Series(name: "train")
        var dev = Series(name: "dev")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<5_000 {
            let x = Double(step + 1)
            train.append(x: x, y: 0.7 / (1 + x / 300) + noise(&state) * 0.02)
            dev.append(x: x, y: 0.75 / (1 + x / 500) + 0.05 + noise(&state) * 0.02)
        }
        let chart = LineChart(title: "cost", series: [train, dev], xAxis: Axis("iteration"), yAxis: Axis("cost"),
                              horizontalLines: [ReferenceLine(0.1, label: "target")],
                              verticalLines: [ReferenceLine(4_120, label: "early stop")])
        return time(width: 250, height: 70) { buffer in
            chart.render(in: buffer.area, buffer: &buffer, options: RenderOptions())
        }
    }

    /// Seconds per render of a 200×60 heatmap (a 200×120 grid of a classifier's output) with 200
    /// data points overlaid.
    public static func heatmap200x60() -> Double {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var inside = PointClass(name: "class 0", x: [], y: [])
        var outside = PointClass(name: "class 1", x: [], y: [])
        for _ in 0..<100 {
            inside.x.append(noise(&state) * 0.8); inside.y.append(noise(&state) * 0.8)
            outside.x.append(noise(&state) * 2); outside.y.append(noise(&state) * 2)
        }
        let chart = Heatmap(title: "decision boundary", xRange: -2...2, yRange: -2...2, gridColumns: 200, gridRows: 120,
                            points: [inside, outside]) { x, y in
            let r = (x * x + y * y).squareRoot()
            return 1 / (1 + ChartMath.exp(-6 * (r - 1)))
        }
        return time(width: 200, height: 60) { buffer in
            chart.render(in: buffer.area, buffer: &buffer, options: RenderOptions())
        }
    }

    /// Average seconds per call of `body`, repeated until at least 0.25 s (and 20 calls) have passed.
    static func time(width: Int, height: Int, _ body: (inout ScreenBuffer) -> Void) -> Double {
        let clock = ContinuousClock()
        var buffer = ScreenBuffer(width: width, height: height)
        body(&buffer)  // warm up
        var repetitions = 0
        let start = clock.now
        var elapsed = Duration.zero
        while repetitions < 20 || elapsed < .milliseconds(250) {
            buffer = ScreenBuffer(width: width, height: height)
            body(&buffer)
            repetitions += 1
            elapsed = clock.now - start
        }
        let (seconds, attoseconds) = elapsed.components
        return (Double(seconds) + Double(attoseconds) * 1e-18) / Double(repetitions)
    }

    /// A uniform value in -1…1 from a xorshift generator: deterministic test data without Foundation.
    private static func noise(_ state: inout UInt64) -> Double {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Double(state >> 11) / Double(1 << 53) * 2 - 1
    }
}
