#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One printf-style conversion, with the C library's formatting of numbers in the POSIX ("C") locale.
///
/// Foundation's `String(format:)` lives in Foundation proper, which the tutor does not link (see
/// String+Trimming.swift). The C library formats the same `%.3g`/`%+.1f`/`%d` conversions; it would use
/// the decimal separator of the student's `LC_NUMERIC` (the terminal backend calls `setlocale(LC_ALL, "")`
/// for wide characters), so the call runs in the C locale: the same text for every student and machine.
extension String {
    /// `String(printf: "%.3g", 0.0001234)` → `"0.000123"`. Only C conversions of numbers and C strings;
    /// pass Swift strings by interpolating them into `format` (after escaping `%` as `%%`) instead.
    public init(printf format: String, _ arguments: CVarArg...) {
        self = CFormatting.format(format, arguments)
    }
}

private enum CFormatting {
    /// The POSIX numbers (only `LC_NUMERIC` matters to printf), made once; `uselocale` makes them the
    /// calling thread's for the one call.
    nonisolated(unsafe) static let posix: locale_t? = newlocale(LC_NUMERIC_MASK, "C", nil)

    static func format(_ format: String, _ arguments: [CVarArg]) -> String {
        let previous = posix.map { uselocale($0) }
        defer { if let previous { uselocale(previous) } }
        var buffer = [CChar](repeating: 0, count: 128)
        let needed = Int(withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) })
        if needed >= buffer.count {
            buffer = [CChar](repeating: 0, count: needed + 1)
            _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
