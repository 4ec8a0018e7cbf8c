/// Any chart an experiment can ask to be drawn. Experiments describe figures as values; the
/// tutor and `dltutor run` render them into whatever space they have.
public enum Figure: Widget, Sendable, Hashable {
    case line(LineChart)

    public var title: String {
        switch self {
        case .line(let chart): chart.title
        }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        switch self {
        case .line(let chart): chart.render(in: area, buffer: &buffer, options: options)
        }
    }
}
