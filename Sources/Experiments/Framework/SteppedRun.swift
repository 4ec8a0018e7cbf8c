import Localization

/// The run of a `RunProcedure`: the lifecycle every experiment shares.
///
/// It publishes the procedure's frame after set-up and after every step, stops stepping once the
/// procedure has finished, and turns an error from set-up or a step into a failure frame.
public final class SteppedRun<Procedure: RunProcedure>: ExperimentRun {
    /// Nil once the run has failed: there is nothing left to step.
    private var procedure: Procedure?
    public private(set) var frame: Frame
    public private(set) var isFinished: Bool
    private let language: Language

    public init(_ context: RunContext) {
        language = context.language
        do {
            let procedure = try Procedure(context)
            frame = Self.headlined(procedure.makeFrame())
            isFinished = procedure.isFinished
            self.procedure = procedure
        } catch {
            frame = Frame.failure(error, during: .setUp, language: context.language)
            isFinished = true
        }
    }

    public func step() {
        guard !isFinished, procedure != nil else { return }
        do {
            // Mutated in place through the optional, so the procedure's arrays are not copied.
            try procedure!.advance()
            frame = Self.headlined(procedure!.makeFrame())
            isFinished = procedure!.isFinished
        } catch {
            procedure = nil
            frame = Frame.failure(error, during: .step, after: frame, language: language)
            isFinished = true
        }
    }

    /// `frame` with its headline numbers read from its findings.
    private static func headlined(_ frame: Frame) -> Frame {
        var frame = frame
        frame.headlines = Procedure.headlines.compactMap { $0.read(frame.findings) }
        return frame
    }
}
