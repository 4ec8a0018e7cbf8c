import Testing
@testable import Experiments

/// The bug lab never calls a correct backprop a bug because ±ε straddles a ReLU kink (issue 13's
/// `--set hidden=relu --seed 3`), at any seed, layout or ε it offers; a planted bug stays a bug.
@Suite struct BugLabKinkTests {
    static func verdict(_ frame: Frame) -> String? {
        if case .object(let members)? = frame.details, case .string(let verdict)? = members.first(where: { $0.0 == "verdict" })?.1 {
            return verdict
        }
        return nil
    }

    @Test(arguments: ["4,5,3,1", "4,3,1", "2,3,1", "4,10,5,3,1"])
    func aCorrectReLUBackpropIsNeverABug(layers: String) throws {
        for seed in UInt64(1)...20 {
            for epsilon in ["1e-10", "1e-7", "1e-4", "0.01"] {
                let frame = try ComponentsBugLab().run(["hidden=relu", "layers=\(layers)", "epsilon=\(epsilon)"], seed: seed)
                let verdict = try #require(Self.verdict(frame))
                #expect(verdict != "bug", "layers \(layers) seed \(seed) ε \(epsilon): \(frame.findings.map(\.text))")
            }
        }
    }

    @Test func aUnitOnItsKinkIsNamedAndSetAside() throws {
        let frame = try ComponentsBugLab().run(["hidden=relu"], seed: 3)
        #expect(Self.verdict(frame) == "great", "\(frame.findings.map(\.text))")
        #expect(frame.findingValue("kinks") == 3, "\(frame.findings.map(\.text))")
        #expect(frame.findings.contains { $0.text.contains("ReLU kink") })
    }

    @Test func aPlantedBugInAReLUNetworkStaysABug() throws {
        for seed in UInt64(1)...20 {
            let frame = try ComponentsBugLab().run(["hidden=relu", "bug=dW2-times-2"], seed: seed)
            #expect(Self.verdict(frame) == "bug", "seed \(seed): \(frame.findings.map(\.text))")
        }
    }
}
