extension Page {
    /// The page's text as a student reads it, one string per run of prose: title, headings, paragraphs, list items
    /// and the checkpoints' questions, choices, hints and explanations — without code (fenced blocks and
    /// `` `code` `` spans, which hold knob settings, keys and verbatim formulas) and without the experiment and
    /// exercise blocks. These are the texts whose numbers the quote check reads.
    public var proseTexts: [String] {
        var texts = [prose(Inline.parse(title))]
        for block in blocks {
            switch block {
            case .heading(let runs), .paragraph(let runs): texts.append(prose(runs))
            case .list(let items), .orderedList(_, let items): texts += items.map(prose)
            case .checkpoint(let checkpoint):
                texts += [checkpoint.questionRuns, checkpoint.hintRuns, checkpoint.explanationRuns].map(prose)
                texts += checkpoint.optionRuns.map(prose)
            case .code, .experiment, .exercise: break
            }
        }
        return texts.filter { !$0.isEmpty }
    }

    private func prose(_ runs: [Inline]) -> String {
        runs.map { if case .code = $0 { " " } else { $0.text } }.joined()
    }
}
