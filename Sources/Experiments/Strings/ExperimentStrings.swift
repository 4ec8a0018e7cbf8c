import Localization
import TextCharts

/// Every word the experiments show, one requirement per string: titles, knob texts, chart and axis
/// titles, legends, bar and table labels, findings and failure messages.
///
/// Each lesson topic declares its strings in `Keys/`; `EnglishStrings` (in `English/`) and
/// `ChineseStrings` (in `Chinese/`) are the one table per language. A table that lacks a string does
/// not compile, so the two languages stay complete. Findings are functions of their numbers, so
/// each language words and orders them its own way.
protocol ExperimentStrings: FrameworkStrings, SharedStrings, DataSplitStrings,
    BiasVarianceStrings, RegularizationStrings, DropoutStrings,
    NormalizationStrings, InitializationStrings, DebuggingStrings,
    GradientCheckingStrings, ResidualStrings, ReadOutputsStrings,
    MonteCarloDropoutStrings, ConstraintGeometryStrings,
    SmoothingConventionsStrings {}

extension Language {
    /// The words charts write themselves ("… 7 more"), for whoever draws a run's figures.
    public var chartWords: ChartWords { experimentStrings.chartWords }

    /// The string table of this language.
    var experimentStrings: any ExperimentStrings {
        switch self {
        case .en: EnglishStrings()
        case .zh: ChineseStrings()
        }
    }
}
