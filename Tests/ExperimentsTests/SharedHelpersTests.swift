import Foundation
import Testing
@testable import Experiments

/// The helpers in `Catalog/Shared` format and draw exactly as the per-group copies they replaced.
@Suite struct SharedHelpersTests {
    @Test func numberTextFormats() {
        #expect(NumberText.percent(0.1234) == "12.3%")
        #expect(NumberText.percent(1) == "100.0%")
        #expect(NumberText.fixed(3.14159) == "3.1")
        #expect(NumberText.fixed(3.14159, 4) == "3.1416")
        #expect(NumberText.scientific(0.000123) == "1.2e-04")
        #expect(NumberText.scientific(0.000123, 3) == "1.230e-04")
        #expect(NumberText.short(0.693147) == "0.693")
        #expect(NumberText.short(12.44) == "12.4")
        #expect(NumberText.short(3.2e-7) == "3.20e-07")
        #expect(NumberText.short(123_456) == "1.23e+05")
        #expect(NumberText.short(0) == "0")
        #expect(NumberText.short(.nan) == "NaN")
        #expect(NumberText.short(.infinity) == "∞")
        #expect(NumberText.short(-.infinity) == "−∞")
    }
}
