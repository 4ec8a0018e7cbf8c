// swift-tools-version:6.0
import PackageDescription

// Data flows one way through these targets:
// Course (lesson) → Experiments → TextCharts (series → chart → screen buffer) → TerminalBackend.
// TutorApp is the state machine that ties them together; only TerminalBackend touches ncurses.
let package = Package(
    name: "dltutor",
    products: [
        .executable(name: "dltutor", targets: ["dltutor"]),
        .executable(name: "dltutor-fetch", targets: ["dltutor-fetch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The deep-learning core: matrices, networks, training, gradient checking. No terminal.
        .target(name: "DLCore", dependencies: ["CDenseKernels", "TextSupport"], swiftSettings: [.unsafeFlags(["-O"])]),
        // DLCore's hot loops in C (the layer-by-layer products, the single-pass step of a small binary
        // classifier): one source compiled per x86-64 instruction set, chosen at run time, bit-identical
        // on every path. Optimized even in debug builds, like DLCore.
        .target(name: "CDenseKernels", cSettings: [.unsafeFlags(["-O3", "-ffp-contract=off"])]),
        // The in-memory screen buffer (cells with display width) and the text charts drawn into it.
        .target(name: "TextCharts"),
        // Text helpers the standard library lacks (trimming); a leaf, so that no target needs Foundation
        // proper (its ICU and CoreFoundation) for them: the tutor links only FoundationEssentials.
        .target(name: "TextSupport"),
        // Starting other programs (posix_spawn in their own process group, with pipes): the student's
        // program, the web helper, the benchmark's reference. Foundation's `Process` is not linked.
        .target(name: "ProcessSupport"),
        // The languages the tutor speaks; a leaf, so that lessons and experiments can both name one.
        .target(name: "Localization", dependencies: ["TextSupport"]),
        // Live experiments: knobs in, frames of series/tables/findings out, one small step at a time.
        .target(name: "Experiments", dependencies: ["DLCore", "Localization", "TextCharts", "TextSupport"], swiftSettings: [.unsafeFlags(["-O"])]),
        // Writing files atomically (temporary file, full write, fsync, rename), for progress and presentations.
        .target(name: "FileSupport", dependencies: ["TextSupport"]),
        // Lesson files: manifest, parser, linter (against an injected catalog), saved progress. No DLCore.
        // Optimized even in debug builds: the tutor parses every lesson at start, and a 100,000-line
        // lesson must not stall it.
        .target(name: "Course", dependencies: ["Localization", "FileSupport", "TextSupport"], swiftSettings: [.unsafeFlags(["-O"])]),
        // Presenting and following: the presentation file format, the shared directory and its
        // refusals, the presenter's writer, the follower's reader, trust and the follower's run budget.
        .target(name: "Classroom", dependencies: ["FileSupport", "TextSupport", "ProcessSupport"]),
        // The tutor's state machine: messages in, a rendered screen buffer out. No terminal. Its host
        // side runs the student's exercise checks (ExerciseCheck) as it steps experiments.
        .target(name: "TutorApp", dependencies: ["Course", "Experiments", "Localization", "TextCharts", "Classroom", "ExerciseCheck", "TextSupport"]),
        // The only code that sees ncurses: a C shim for macros Swift cannot import, signal handlers.
        // ncursesw as the system has it: on a machine without its development files, SwiftPM says
        // which package to install instead of failing with a bare compiler or linker error. (SwiftPM
        // warns that it drops the -D flags of ncursesw.pc: the shim header defines what it needs.)
        .systemLibrary(name: "CNcurseswSystem", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"]), .yum(["ncurses-devel"]), .brew(["ncurses"])]),
        .target(name: "CNcursesw", dependencies: ["CNcurseswSystem"], linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "TextCharts"]),
        // Exercises: the student's own program, gradient-checked over a line protocol (Exercises/PROTOCOL.md).
        .target(name: "ExerciseCheck", dependencies: ["DLCore", "Experiments", "Course", "TextSupport", "ProcessSupport", "FileSupport"], swiftSettings: [.unsafeFlags(["-O"])]),
        // The command line: one type per subcommand (parsed by swift-argument-parser), each running
        // its command; the tutor's terminal loop; the classroom's presenter and followers.
        .target(
            name: "CommandLineInterface",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "TutorApp", "TerminalBackend", "Course", "Experiments", "Localization", "TextCharts", "DLCore",
                "Classroom", "ExerciseCheck", "TextSupport", "ProcessSupport",
            ]
        ),
        // The executable only hands its arguments to CommandLineInterface.
        .executableTarget(name: "dltutor", dependencies: ["CommandLineInterface"]),
        // The web client of `--follow URL`, a process of its own: only it links Foundation's
        // networking (libcurl, TLS and the rest), which every tutor session would load otherwise.
        .executableTarget(name: "dltutor-fetch", dependencies: ["Classroom"]),
        .testTarget(name: "DLCoreTests", dependencies: ["DLCore"]),
        .testTarget(name: "TextChartsTests", dependencies: ["TextCharts"]),
        .testTarget(name: "TextSupportTests", dependencies: ["TextSupport"]),
        // The claims harness reads the lesson presets with the Course parser.
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "DLCore", "Localization", "TextCharts", "Course"]),
        .testTarget(name: "FileSupportTests", dependencies: ["FileSupport"]),
        // The shipped lessons are linted against the real catalog, which TutorApp adapts for Course.
        .testTarget(name: "CourseTests", dependencies: ["Course", "Localization", "TutorApp", "Experiments", "ExerciseCheck"]),
        .testTarget(name: "ClassroomTests", dependencies: ["Classroom"]),
        .testTarget(name: "ExerciseCheckTests", dependencies: ["ExerciseCheck", "Experiments", "DLCore"],
                    exclude: ["Solutions", "Programs"]),
        .testTarget(name: "TutorAppTests", dependencies: ["TutorApp", "Course", "Experiments", "Localization", "TextCharts", "Classroom", "ExerciseCheck"]),
        .testTarget(name: "CommandLineInterfaceTests", dependencies: [
            "CommandLineInterface", "TutorApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Drives the real dltutor binary inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["dltutor", "dltutor-fetch", "Course", "Localization", "TextCharts", "ExerciseCheck", "Classroom", "TutorApp", "Experiments", "ProcessSupport"]),
    ]
)
