import TextCharts

/// The current page's text wrapped for the text pane, kept in the model between frames.
///
/// Wrapping the page (display widths, glossary words kept whole) was most of a frame's work, and
/// while a run draws its frames the text beside it does not change. `update` refreshes it when
/// the page, the width or the options change; anything else recomputes it (see `pageTextLayout`).
/// It is a value like the rest of the model.
struct WrappedPageText {
    struct Key: Equatable {
        var lesson: Int
        var page: Int
        var width: Int
        var options: RenderOptions
    }

    var key: Key
    var lines: [StyledLine]
}

extension TutorModel {
    /// The page text's lines for `width`: the kept ones when they are for this page, width and options.
    func wrappedPageLines(width: Int) -> [StyledLine] {
        let key = WrappedPageText.Key(lesson: lessonIndex, page: pageIndex, width: width, options: options)
        if let wrappedPageText, wrappedPageText.key == key { return wrappedPageText.lines }
        guard let page = currentPage else { return [] }
        return PageText.lines(for: page.blocks, width: width, options: options, keepingWhole: course.glossary.chineseWords)
    }

    /// Keeps the page text wrapped for the current layout (after each message).
    mutating func rememberPageText() {
        // The lab view has no text pane: the text wrapped for the other views stays for when it returns.
        guard let layout = lessonLayout() else {
            wrappedPageText = nil
            return
        }
        guard let width = layout.textWrapWidth else { return }
        let key = WrappedPageText.Key(lesson: lessonIndex, page: pageIndex, width: width, options: options)
        guard wrappedPageText?.key != key else { return }
        wrappedPageText = WrappedPageText(key: key, lines: wrappedPageLines(width: width))
    }
}
