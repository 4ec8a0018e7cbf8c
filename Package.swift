// swift-tools-version:6.0
import PackageDescription

// Data flows one way through these targets:
// Course (lesson) → Experiments → TextCharts (series → chart → screen buffer) → TerminalBackend.
// TutorApp is the state machine that ties them together; only TerminalBackend touches ncurses.
let package = Package(
    name: "dltutor",
    products: [
        .executable(name: "dltutor", targets: ["dltutor"]),
    ],
    targets: [
        // The deep-learning core: matrices, networks, training, gradient checking. No terminal.
        .target(name: "DLCore", dependencies: ["CDenseKernels"], swiftSettings: [.unsafeFlags(["-O"])]),
        // DLCore's hot loops in C (the layer-by-layer products, the single-pass step of a small binary
        // classifier): one source compiled per x86-64 instruction set, chosen at run time, bit-identical
        // on every path. Optimized even in debug builds, like DLCore.
        .target(name: "CDenseKernels", cSettings: [.unsafeFlags(["-O3", "-ffp-contract=off"])]),
        // The in-memory screen buffer (cells with display width) and the text charts drawn into it.
        .target(name: "TextCharts"),
        // The languages the tutor speaks; a leaf, so that lessons and experiments can both name one.
        .target(name: "Localization"),
        // Live experiments: knobs in, frames of series/tables/findings out, one small step at a time.
        .target(name: "Experiments", dependencies: ["DLCore", "Localization", "TextCharts"], swiftSettings: [.unsafeFlags(["-O"])]),
        // Lesson files: manifest, parser, linter (against an injected catalog), saved progress. No DLCore.
        .target(name: "Course", dependencies: ["Localization"]),
        // The tutor's state machine: messages in, a rendered screen buffer out. No terminal.
        .target(name: "TutorApp", dependencies: ["Course", "Experiments", "Localization", "TextCharts"]),
        // The only code that sees ncurses: a C shim for macros Swift cannot import, signal handlers.
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "TextCharts"]),
        .executableTarget(
            name: "dltutor",
            dependencies: ["TutorApp", "TerminalBackend", "Course", "Experiments", "Localization", "TextCharts", "DLCore"]
        ),
        .testTarget(name: "DLCoreTests", dependencies: ["DLCore"]),
        .testTarget(name: "TextChartsTests", dependencies: ["TextCharts"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "DLCore", "Localization", "TextCharts"]),
        // The shipped lessons are linted against the real catalog, which TutorApp adapts for Course.
        .testTarget(name: "CourseTests", dependencies: ["Course", "Localization", "TutorApp", "Experiments"]),
        .testTarget(name: "TutorAppTests", dependencies: ["TutorApp", "Course", "Experiments", "Localization", "TextCharts"]),
        // Drives the real dltutor binary inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["dltutor", "Course", "Localization", "TextCharts"]),
    ]
)
