import Foundation
import Testing
@testable import Course

@Suite struct CourseLinterTests {
    /// Lints a fixture course made of the clean course changed by `edit`.
    func lint(_ edit: (inout [String: String]) -> Void) -> (problems: [LintProblem], dir: URL) {
        let dir = makeTemporaryDirectory("lint")
        var files = cleanCourseFiles()
        edit(&files)
        writeCourse(files, in: dir)
        return (CourseLinter.lint(directory: dir, catalog: fixtureCatalog), dir)
    }

    /// (file relative to the course, line, message) of each problem.
    func summary(_ problems: [LintProblem], in dir: URL) -> [String] {
        let root = dir.standardizedFileURL.path + "/"
        return problems.map { problem in
            let path = problem.file.standardizedFileURL.path.replacingOccurrences(of: root, with: "")
            return "\(path):\(problem.line.map(String.init) ?? "-"): \(problem.message)"
        }
    }

    func expectProblems(_ expected: [String], _ edit: (inout [String: String]) -> Void,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let (problems, dir) = lint(edit)
        defer { removeTemporary(dir) }
        #expect(summary(problems, in: dir) == expected, sourceLocation: sourceLocation)
    }

    @Test func cleanFixturePasses() {
        expectProblems([]) { _ in }
        #expect(CourseLinter.report([]) == "No problems found.\n")
    }

    @Test func syntaxErrorsAreReported() {
        expectProblems([
            "en/alpha.md:16: checkpoint 'pick' has no correct answer: mark the right choice with '* ' instead of '- '",
        ]) { $0["en/alpha.md"] = fixtureLesson("alpha", .en).replacingOccurrences(of: "* two", with: "- two") }
    }

    @Test func checkpointWithoutExplanation() {
        expectProblems([
            "zh/beta.md:28: checkpoint 'number' has no explanation: add lines starting with '> ' that say why the answer is right",
        ]) { $0["zh/beta.md"] = fixtureLesson("beta", .zh).replacingOccurrences(of: "> 就这样。\n", with: "") }
    }

    @Test func unknownExperimentKnobAndBadValue() {
        expectProblems([
            "en/alpha.md:11: unknown experiment 'fixture.nope': use one of fixture.curve, fixture.other, or add the experiment to the catalog",
            "en/beta.md:12: 42 is out of range for lambda: expected a number from 0 to 10; change the preset of experiment fixture.curve",
            "en/beta.md:13: 'xavier' is not a valid value for init: expected one of zeros, he; change the preset of experiment fixture.curve",
            "zh/alpha.md:11: page 'first' embeds fixture.curve but in en/alpha.md it embeds fixture.nope (line 11): use the same experiment in both",
            "zh/alpha.md:12: experiment fixture.curve has no knob 'lamda': use one of lambda, epochs, init, dropout",
            "zh/beta.md:12: 42 is out of range for lambda: expected a number from 0 to 10; change the preset of experiment fixture.curve",
            "zh/beta.md:13: 'xavier' is not a valid value for init: expected one of zeros, he; change the preset of experiment fixture.curve",
        ]) { files in
            files["en/alpha.md"] = fixtureLesson("alpha", .en).replacingOccurrences(of: "experiment fixture.curve", with: "experiment fixture.nope")
            files["zh/alpha.md"] = fixtureLesson("alpha", .zh).replacingOccurrences(of: "lambda = 0.7", with: "lamda = 0.7")
            files["en/beta.md"] = fixtureLesson("beta", .en, lambda: "42").replacingOccurrences(of: "init = he", with: "init = xavier")
            files["zh/beta.md"] = fixtureLesson("beta", .zh, lambda: "42").replacingOccurrences(of: "init = he", with: "init = xavier")
        }
    }

    @Test func manifestAndFilesMismatch() {
        expectProblems([
            "course.txt:2: lesson 'alpha' is already listed at line 1: list each lesson once",
            "course.txt:3: lesson 'Gamma' is not valid: use lowercase letters and digits joined by '-', e.g. 'two-sided' (one lesson id per line; comments start with '#')",
            "course.txt:5: lesson 'delta' is listed but has no English file: create en/delta.md or remove 'delta' from course.txt",
            "en/stray.md:-: lesson 'stray' is not listed in course.txt: add 'stray' to course.txt (in teaching order) or remove this file",
            "zh/delta.md:-: missing translation: lesson 'delta' has no 中文 text; translate en/delta.md into zh/delta.md",
        ].map { $0.replacingOccurrences(of: "lesson 'Gamma' is not valid", with: "lesson id 'Gamma' is not valid") }) { files in
            files["course.txt"] = "alpha\nalpha\nGamma\nbeta\ndelta\n"
            files["en/stray.md"] = fixtureLesson("stray", .en)
        }
    }

    @Test func missingTranslation() {
        expectProblems([
            "zh/beta.md:-: missing translation: lesson 'beta' has no 中文 text; translate en/beta.md into zh/beta.md",
        ]) { $0["zh/beta.md"] = nil }
    }

    @Test func duplicateIdsAndMismatchedFileName() {
        expectProblems([
            "en/alpha.md:2: the lesson id 'beta' does not match the file name 'alpha.md': rename the file to 'beta.md' or set 'id: alpha' (ids are stable: progress is saved by them)",
            "zh/beta.md:24: page id 'first' is already used at line 7: page ids must be unique within a lesson",
        ]) { files in
            files["en/alpha.md"] = fixtureLesson("beta", .en)
            files["zh/beta.md"] = fixtureLesson("beta", .zh).replacingOccurrences(of: "{#second}", with: "{#first}")
        }
    }

    @Test func translationDifferences() {
        expectProblems([
            "zh/alpha.md:16: checkpoint 'pick' marks choice 3 as right but en/alpha.md (line 16) marks choice 2: keep the choices in the same order and mark the same one with '* '",
            "zh/alpha.md:28: checkpoint 'number' expects 4 ± 0.5 but en/alpha.md (line 28) expects 3.5 ± 0.05: use the same '= ' line in both",
            "zh/beta.md:-: page 'second' of en/beta.md (line 24) is missing: translate it under a heading ending in {#second}",
            "zh/beta.md:11: the presets of fixture.curve on page 'first' (lambda = 0.5, init = he) differ from en/beta.md line 11 (lambda = 0.7, init = he): use the same knob values in both",
            "zh/beta.md:24: page 'zweite' is not in en/beta.md: use the same page ids as the English lesson (page ids are stable; progress is saved by them)",
            "zh/beta.md:28: checkpoint 'number' is on page 'zweite' but in en/beta.md on page 'second': put it on the same page in both",
        ]) { files in
            files["zh/alpha.md"] = fixtureLesson("alpha", .zh, correct: 2, answer: "4")
            files["zh/beta.md"] = fixtureLesson("beta", .zh, lambda: "0.5").replacingOccurrences(of: "{#second}", with: "{#zweite}")
        }
    }

    @Test func pageOrderAndEmbedDifferences() {
        expectProblems([
            "zh/alpha.md:7: page 'first' embeds no experiment but in en/alpha.md it embeds fixture.curve (line 11): add the same ```experiment block",
            "zh/beta.md:11: page 'first' embeds fixture.other but in en/beta.md it embeds fixture.curve (line 11): use the same experiment in both",
        ]) { files in
            files["zh/alpha.md"] = fixtureLesson("alpha", .zh).replacingOccurrences(of: "```experiment fixture.curve\nlambda = 0.7\ninit = he\n```\n", with: "")
            files["zh/beta.md"] = fixtureLesson("beta", .zh).replacingOccurrences(of: "experiment fixture.curve", with: "experiment fixture.other")
        }
    }

    @Test func reportFormat() {
        let (problems, dir) = lint { $0["zh/beta.md"] = nil; $0["en/stray.md"] = fixtureLesson("stray", .en) }
        defer { removeTemporary(dir) }
        let report = CourseLinter.report(problems)
        #expect(report.hasSuffix("\n2 problems in 2 files.\n"))
        #expect(report.contains("/en/stray.md: lesson 'stray' is not listed"))
    }

    @Test func missingManifest() {
        let dir = makeTemporaryDirectory("lint")
        defer { removeTemporary(dir) }
        let problems = CourseLinter.lint(directory: dir, catalog: fixtureCatalog)
        #expect(problems.map(\.message) == ["the course has no manifest: create course.txt listing the lesson ids in teaching order, one per line"])
    }
}
