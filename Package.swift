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
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        // Live experiments: knobs in, frames of series/tables/findings out, one small step at a time.
        .target(name: "Experiments", dependencies: ["DLCore", "TextCharts"], swiftSettings: [.unsafeFlags(["-O"])]),
        // Lesson files: manifest, parser, linter, saved progress.
        .target(name: "Course", dependencies: ["Experiments"]),
        // The tutor's state machine: messages in, a rendered screen buffer out. No terminal.
        .target(name: "TutorApp", dependencies: ["Course", "Experiments", "TextCharts"]),
        // The only code that sees ncurses: a C shim for macros Swift cannot import, signal handlers.
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "TextCharts"]),
        // The command line: one type per subcommand (parsed by swift-argument-parser), each running
        // its command; the tutor's terminal loop; the classroom's presenter and followers.
        .target(
            name: "CommandLineInterface",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "TutorApp", "TerminalBackend", "Course", "Experiments", "TextCharts", "DLCore",
            ]
        ),
        // The executable only hands its arguments to CommandLineInterface.
        .executableTarget(name: "dltutor", dependencies: ["CommandLineInterface"]),
        .testTarget(name: "DLCoreTests", dependencies: ["DLCore"]),
        .testTarget(name: "TextChartsTests", dependencies: ["TextCharts"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "DLCore", "TextCharts"]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "Experiments"]),
        .testTarget(name: "TutorAppTests", dependencies: ["TutorApp", "Course", "Experiments", "TextCharts"]),
        .testTarget(name: "CommandLineInterfaceTests", dependencies: [
            "CommandLineInterface", "TutorApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Drives the real dltutor binary inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["dltutor", "Course", "TextCharts"]),
    ]
)
