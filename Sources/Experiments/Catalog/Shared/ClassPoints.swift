import DLCore
import TextCharts

/// The examples of a binary data set (two features) as two point classes, label 0 then label 1, in
/// the data's order: the dots drawn on top of every decision-boundary heatmap.
///
/// The `init.*`/`debug.*`, `reg.*`/`dropout.*` and `split.*` experiments each had their own copy; they
/// differ only in the classes' names, colours and markers, which stay as each experiment drew them.
struct ClassPoints {
    var names: (String, String)
    var colors: (Color?, Color?) = (nil, nil)
    var markers: (Character?, Character?) = (nil, nil)

    /// "class 0" and "class 1" in the chart's default colours and markers.
    static func plain(_ strings: any SharedStrings) -> ClassPoints { ClassPoints(names: (strings.classZero, strings.classOne)) }
    /// "y=0" as blue o and "y=1" as red x.
    static let labelled = ClassPoints(names: ("y=0", "y=1"), colors: (.blue, .red), markers: ("o", "x"))

    /// Label 0 and label 1 (`Dataset.classIndices`) of `data`, as two point classes.
    func classes(of data: Dataset) -> [PointClass] {
        let labels = data.classIndices
        func members(_ label: Int) -> [Int] { labels.indices.filter { labels[$0] == label } }
        let zero = members(0), one = members(1)
        return [PointClass(name: names.0, x: zero.map { data.x[0, $0] }, y: zero.map { data.x[1, $0] },
                           color: colors.0, marker: markers.0),
                PointClass(name: names.1, x: one.map { data.x[0, $0] }, y: one.map { data.x[1, $0] },
                           color: colors.1, marker: markers.1)]
    }
}
