import Foundation

/// What the end-to-end tests need on the machine. Without CI a missing tool skips the tests that
/// need it; CI (which sets `CI=true`) has installed everything, so there a missing tool fails.
enum EndToEndRequirements {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
