import FoundationEssentials

/// Seconds since 1970, as heartbeats are written; tests use a clock they set.
public protocol WallClock: Sendable {
    func now() -> Double
}

public struct SystemWallClock: WallClock {
    public init() {}
    public func now() -> Double { Date().timeIntervalSince1970 }
}
