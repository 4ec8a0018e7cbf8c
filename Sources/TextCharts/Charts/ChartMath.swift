#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few C math functions the charts need, reached through the C library rather than
/// Foundation so that drawing stays cheap and TextCharts stays dependency-free.
enum ChartMath {
    @inline(__always) static func log10(_ value: Double) -> Double { cLog10(value) }
    @inline(__always) static func pow10(_ exponent: Double) -> Double { pow(10, exponent) }
}

@inline(__always) private func cLog10(_ value: Double) -> Double { log10(value) }

extension ChartMath {
    @inline(__always) static func exp(_ value: Double) -> Double { cExp(value) }
}

@inline(__always) private func cExp(_ value: Double) -> Double { exp(value) }
