import ArgumentParser
import TextCharts

/// `--wide-ambiguous` (or `DLTUTOR_AMBIGUOUS_WIDE=1`), for the tutor and `run`: the terminal draws
/// East Asian Ambiguous characters (ε θ ─ │ █ • …) two columns wide, as terminals set up for CJK
/// do, so dltutor draws narrow forms of them instead and every layout stays aligned.
struct AmbiguousWidthOption: ParsableArguments {
    @Flag(name: .customLong("wide-ambiguous"),
          help: "The terminal draws ε, ─, █, • and other ambiguous-width characters two columns wide (a CJK setting): draw narrow forms instead (or set DLTUTOR_AMBIGUOUS_WIDE=1).")
    var wideAmbiguous = false

    func isOn(environment: [String: String]) -> Bool {
        wideAmbiguous || AmbiguousWidth.requested(by: environment)
    }
}
