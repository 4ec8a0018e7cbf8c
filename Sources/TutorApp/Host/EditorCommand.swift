import FoundationEssentials
import TextSupport

/// Which editor `e` opens, as a good terminal program chooses: `$VISUAL`, then `$EDITOR` (either may
/// carry arguments, `code -w`, so it is run by the shell as git does), else the first of `fallbacks`
/// found on `PATH`.
public enum EditorCommand {
    public static let fallbacks = ["nano", "vi"]

    /// The arguments that edit `file`, or nil when no editor was found (the message names the variables).
    public static func arguments(editing file: String, environment: [String: String],
                                 isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) }) -> [String]? {
        for name in ["VISUAL", "EDITOR"] {
            if let editor = environment[name]?.trimmingSpaces, !editor.isEmpty {
                // "$@" keeps a path with spaces one argument; `sh` is $0.
                return ["/bin/sh", "-c", editor + " \"$@\"", "sh", file]
            }
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for editor in fallbacks {
            if let found = path.map({ $0 + "/" + editor }).first(where: isExecutable) { return [found, file] }
        }
        return nil
    }
}
