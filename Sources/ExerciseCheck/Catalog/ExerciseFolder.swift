import FoundationEssentials
import FileSupport
import TextSupport

/// Copies the starters into the student's own folder without ever losing their work.
///
/// A record (`.dltutor-exercises`) keeps a checksum of each file as copied. A file is written when it is
/// missing, or when it still is exactly what dltutor copied there (so a newer starter replaces an
/// untouched one); a file the student changed is never written.
public struct ExerciseFolder: Sendable {
    public let directory: URL
    public static let recordName = ".dltutor-exercises"

    public init(directory: URL) { self.directory = directory }

    /// `$DLTUTOR_EXERCISE_DIR`, else `~/dltutor-exercises`: where `exercises init` copies to and the tutor's `e` looks.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        if let configured = environment["DLTUTOR_EXERCISE_DIR"], !configured.isEmpty { return URL(fileURLWithPath: configured) }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent("dltutor-exercises")
    }

    public struct Result: Sendable, Hashable {
        public var copied: [String] = []
        public var updated: [String] = []
        public var unchanged: [String] = []
        /// Files the student changed: kept as they are.
        public var kept: [String] = []
    }

    public func initialize(from catalog: ExerciseCatalog) throws(ExerciseCatalog.Failure) -> Result {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExerciseCatalog.Failure(description: "cannot create \(directory.path): \(FileErrorMessage.text(for: error))")
        }
        var record = readRecord()
        var result = Result()
        for (source, name) in catalog.starterFiles {
            guard let starter = FileManager.default.contents(atPath: source.path) else { continue }
            let target = directory.appendingPathComponent(name)
            if let current = FileManager.default.contents(atPath: target.path) {
                if current == starter {
                    result.unchanged.append(name)
                    record[name] = ExerciseFolder.checksum(starter)
                    continue
                }
                guard record[name] == ExerciseFolder.checksum(current) else {
                    result.kept.append(name)
                    continue
                }
                result.updated.append(name)
            } else {
                result.copied.append(name)
            }
            do {
                try starter.write(to: target, options: .atomic)
            } catch {
                throw ExerciseCatalog.Failure(description: "cannot write \(target.path): \(FileErrorMessage.text(for: error))")
            }
            record[name] = ExerciseFolder.checksum(starter)
        }
        let text = record.keys.sorted().map { "\(record[$0]!)  \($0)" }.joined(separator: "\n") + "\n"
        do {
            try Data(text.utf8).write(to: directory.appendingPathComponent(ExerciseFolder.recordName), options: .atomic)
        } catch {
            throw ExerciseCatalog.Failure(description: "cannot write \(directory.appendingPathComponent(ExerciseFolder.recordName).path): \(FileErrorMessage.text(for: error))")
        }
        return result
    }

    private func readRecord() -> [String: String] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(ExerciseFolder.recordName), encoding: .utf8) else { return [:] }
        var record: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if parts.count == 2 { record[parts[1].trimmingSpaces] = String(parts[0]) }
        }
        return record
    }

    /// FNV-1a, 64 bits, in hex: enough to tell whether a file is still the one copied.
    static func checksum(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
