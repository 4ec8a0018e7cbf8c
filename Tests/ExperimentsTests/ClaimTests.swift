import Testing
@testable import Experiments

/// The claim forms the harness reads, and the inventory rule that every finding claims something or says why not.
@Suite struct ClaimTests {
    @Test func eitherHoldsWhenOneSideDoesEvenIfTheOtherCannotBeRead() {
        let claim = Claim.either(.notFinite("ratio"), or: .atMost("ratio", 0))
        #expect(claim.holds(in: ["ratio": .infinity]) == true)
        #expect(claim.holds(in: ["ratio": -1]) == true)
        #expect(claim.holds(in: ["ratio": 2]) == false)
        #expect(claim.holds(in: [:]) == nil)
        #expect(claim.formula == "(ratio is not finite) or (ratio <= 0.0)")
    }

    @Test func notFiniteNeedsTheValueAndANonFiniteNumber() {
        #expect(Claim.notFinite("cost").holds(in: ["cost": .nan]) == true)
        #expect(Claim.notFinite("cost").holds(in: ["cost": 1e300]) == false)
        #expect(Claim.notFinite("cost").holds(in: [:]) == nil)
    }

    @Test func theInventoryRefusesAFindingThatNeitherClaimsNorSaysWhyNot() {
        #expect(ClaimsInventory.problems(Finding("gap 9 points: high variance", tone: .warning, values: ["gap": 9])).count == 1)
        #expect(ClaimsInventory.problems(Finding("gap 9 points", tone: .warning, values: ["gap": 9], claims: [.atLeast("gap", 5)])).isEmpty)
        let descriptive = Finding.descriptive("cost 0.7 at the start", values: ["cost": 0.7], because: "the cost as measured")
        #expect(descriptive.tone == .info && descriptive.claims.isEmpty)
        #expect(ClaimsInventory.problems(descriptive).isEmpty)
        var coloured = descriptive
        coloured.tone = .good
        #expect(ClaimsInventory.problems(coloured).count == 1)
    }
}
