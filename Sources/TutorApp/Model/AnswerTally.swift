import Classroom
import Course
import FoundationEssentials
import TextSupport

/// Counts a class's answers to one checkpoint: how many answered, how many right, and a bar per
/// choice, or for a numeric question a bar per value given (up to `maximumNumericBars` of them)
/// or else `maximumNumericBars` equal ranges between the smallest and the largest answer.
enum AnswerTally {
    static let maximumNumericBars = 6

    static func summary(of checkpoint: Checkpoint, values: [ClassAnswer.Value]) -> AnswerSummary {
        let given = values.map(answer)
        let right = given.filter(checkpoint.judge).count
        var bars: [AnswerSummary.Bar] = []
        switch checkpoint.answer {
        case .choice(let options, let correct):
            bars = options.indices.map { index in
                AnswerSummary.Bar(label: "\(index + 1)", count: given.filter { $0 == .choice(index) }.count, right: index == correct)
            }
        case .numeric:
            let numbers = given.compactMap { answer -> Double? in
                if case .number(let value) = answer { return value }
                return nil
            }.sorted()
            let distinct = numbers.reduce(into: [Double]()) { if $0.last != $1 { $0.append($1) } }
            if distinct.count <= maximumNumericBars {
                bars = distinct.map { value in
                    AnswerSummary.Bar(label: format(value), count: numbers.filter { $0 == value }.count,
                                      right: checkpoint.judge(.number(value)))
                }
            } else if let low = numbers.first, let high = numbers.last {
                let width = (high - low) / Double(maximumNumericBars)
                bars = (0..<maximumNumericBars).map { bin in
                    let from = low + Double(bin) * width
                    let to = bin == maximumNumericBars - 1 ? high : low + Double(bin + 1) * width
                    let inside = numbers.filter { $0 >= from && (bin == maximumNumericBars - 1 ? $0 <= to : $0 < to) }
                    let verdicts = Set(inside.map { checkpoint.judge(.number($0)) })
                    return AnswerSummary.Bar(label: format(from) + "–" + format(to), count: inside.count,
                                             right: verdicts.count == 1 ? verdicts.first : nil)
                }
            }
        }
        return AnswerSummary(checkpoint: checkpoint.id, answered: given.count, right: right, bars: bars)
    }

    private static func answer(_ value: ClassAnswer.Value) -> CheckpointAnswer {
        switch value {
        case .choice(let index): .choice(index)
        case .number(let number): .number(number)
        }
    }

    /// A bar's label: short enough for `AnswerSummary.maximumLabelLength` with a range's two ends.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e6 ? String(Int64(value)) : String(printf: "%.4g", value)
    }
}
