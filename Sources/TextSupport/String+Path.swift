/// The two path operations the tutor needs, with `NSString`'s meaning (Foundation proper is not linked:
/// see String+Trimming.swift): `"/a/b/c.json"` has the file name `"c.json"` and the directory `"/a/b"`.
extension String {
    /// The last component of a path: `"/a/b/c.json"` → `"c.json"`, `"c.json"` → `"c.json"`,
    /// `"/a/b/"` → `"b"`, `"/"` → `"/"`.
    public var pathFileName: String {
        let trimmed = withoutTrailingSlashes
        guard trimmed != "/" else { return "/" }
        return trimmed.lastIndex(of: "/").map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
    }

    /// The path without its last component: `"/a/b/c.json"` → `"/a/b"`, `"/a"` → `"/"`, `"c.json"` → `""`.
    public var pathDirectory: String {
        let trimmed = withoutTrailingSlashes
        guard trimmed != "/", let slash = trimmed.lastIndex(of: "/") else { return trimmed == "/" ? "/" : "" }
        let directory = String(trimmed[..<slash])
        return directory.isEmpty ? "/" : String(directory).withoutTrailingSlashes
    }

    private var withoutTrailingSlashes: String {
        var text = self
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
