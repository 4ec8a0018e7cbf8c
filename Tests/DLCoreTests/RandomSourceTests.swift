import Testing
@testable import DLCore

@Suite struct RandomSourceTests {
    @Test func sameSeedGivesTheSameSequence() {
        var a = RandomSource(seed: 42), b = RandomSource(seed: 42), c = RandomSource(seed: 43)
        let first = (0..<100).map { _ in a.next() }
        #expect(first == (0..<100).map { _ in b.next() })
        #expect(first != (0..<100).map { _ in c.next() })
        let normalsA = (0..<100).map { _ in a.normal() }
        let normalsB = (0..<100).map { _ in b.normal() }
        #expect(normalsA == normalsB)
    }

    @Test func xoshiroMatchesItsReferenceDefinition() {
        // The reference algorithm (Blackman & Vigna) written out on the SplitMix64-seeded state.
        var x: UInt64 = 7
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var s = [splitMix(), splitMix(), splitMix(), splitMix()]
        func rotl(_ v: UInt64, _ k: UInt64) -> UInt64 { (v << k) | (v >> (64 - k)) }
        var rng = RandomSource(seed: 7)
        for _ in 0..<20 {
            let expected = rotl(s[1] &* 5, 7) &* 9
            let t = s[1] << 17
            s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
            #expect(rng.next() == expected)
        }
    }

    @Test func uniformAndNormalHaveTheRightMoments() {
        var rng = RandomSource(seed: 3)
        let n = 20_000
        let u = (0..<n).map { _ in rng.uniform() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / Double(n) - 0.5) < 0.01)
        let z = (0..<n).map { _ in rng.normal() }
        let mean = z.reduce(0, +) / Double(n)
        let variance = z.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
        #expect(abs(mean) < 0.03)
        #expect(abs(variance - 1) < 0.03)
    }

    @Test func integersAreInRangeAndShuffleIsAPermutation() {
        var rng = RandomSource(seed: 9)
        let draws = (0..<1000).map { _ in rng.integer(below: 7) }
        #expect(Set(draws) == Set(0..<7))
        let p = rng.permutation(50)
        #expect(p.sorted() == Array(0..<50))
        #expect(p != Array(0..<50))
    }
}
