import Testing
@testable import DLCore

@Suite struct MatrixTests {
    @Test func productMatchesDefinition() throws {
        var rng = RandomSource(seed: 1)
        let a = rng.normalMatrix(rows: 5, columns: 11)
        let b = rng.normalMatrix(rows: 11, columns: 13)
        let c = try a.dot(b)
        for i in 0..<5 {
            for j in 0..<13 {
                var s = 0.0
                for k in 0..<11 { s += a[i, k] * b[k, j] }
                #expect(abs(c[i, j] - s) < 1e-12)
            }
        }
        let viaTransposeRight = try a.dotTransposed(b.transposed())
        let viaTransposeLeft = try a.transposed().transposedDot(b)
        #expect(try viaTransposeRight.subtracting(c).maxAbs() < 1e-12)
        #expect(try viaTransposeLeft.subtracting(c).maxAbs() < 1e-12)
    }

    @Test func mismatchedShapesThrowDescriptiveErrors() {
        let a = Matrix(rows: 2, columns: 3)
        let b = Matrix(rows: 4, columns: 2)
        #expect(throws: DLCoreError.self) { try a.dot(b) }
        do {
            _ = try a.adding(b)
            Issue.record("expected a shape error")
        } catch {
            #expect("\(error)".contains("2×3"))
            #expect("\(error)".contains("4×2"))
        }
        #expect(throws: DLCoreError.self) { try Matrix(rows: 2, columns: 2, values: [1, 2, 3]) }
        #expect(throws: DLCoreError.self) { try Matrix([[1, 2], [3]]) }
    }
}
