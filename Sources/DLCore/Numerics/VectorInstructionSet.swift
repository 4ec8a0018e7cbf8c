import CDenseKernels

/// The instruction sets DLCore's C kernels (`CDenseKernels`) are compiled for. The widest one the
/// machine has is used; every one gives bit-identical results (the tests check), so choosing one
/// changes only the speed — useful to compare them, or to reproduce what an older machine does.
public enum VectorInstructionSet: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// SSE2 on x86-64 (every x86-64 machine has it); plain C elsewhere.
    case baseline = 0
    case avx2 = 1
    case avx512 = 2

    /// The widest set this machine (CPU and operating system) can run.
    public static var best: VectorInstructionSet { VectorInstructionSet(rawValue: Int(dl_best_instruction_set().rawValue)) ?? .baseline }

    /// The set in use.
    public static var current: VectorInstructionSet {
        VectorInstructionSet(rawValue: Int(dl_current_instruction_set().rawValue)) ?? .baseline
    }

    /// Uses `set` from now on, or `best` if the machine cannot run `set`; returns the set in use.
    @discardableResult
    public static func use(_ set: VectorInstructionSet) -> VectorInstructionSet {
        VectorInstructionSet(rawValue: Int(dl_use_instruction_set(DLInstructionSet(rawValue: UInt32(set.rawValue))).rawValue)) ?? .baseline
    }

    public var description: String {
        switch self {
        case .baseline:
            #if arch(x86_64)
            "SSE2"
            #else
            "baseline"
            #endif
        case .avx2: "AVX2"
        case .avx512: "AVX-512"
        }
    }
}

/// The elementary functions of the single-pass step, on arrays (for tests).
enum VectorMath {
    /// e^x for each x ≤ 0.
    static func expNonPositive(_ x: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        result.withUnsafeMutableBufferPointer { r in x.withUnsafeBufferPointer { dl_exp_nonpositive($0.baseAddress, r.baseAddress, x.count) } }
        return result
    }

    /// log(1 + x) for each 0 ≤ x ≤ 1.
    static func log1pUnit(_ x: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        result.withUnsafeMutableBufferPointer { r in x.withUnsafeBufferPointer { dl_log1p_unit($0.baseAddress, r.baseAddress, x.count) } }
        return result
    }
}
