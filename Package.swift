// swift-tools-version: 6.1
// pipe — a text-processing pipeline framework for news drops.

import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "pipe",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Stages", targets: ["Stages"]),
        .library(name: "PipelineCLI", targets: ["PipelineCLI"]),
        .library(name: "PipelineStore", targets: ["PipelineStore"]),
        .library(name: "PipelineTesting", targets: ["PipelineTesting"]),
        .executable(name: "pipe", targets: ["pipe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C shim over the system ICU (libicu-dev). The ICU version suffix lives only in its header.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // Swift wrapper over CICU. Never imports Foundation (see DESIGN.md, "ICU on Linux").
        .target(name: "ICU", dependencies: ["CICU"], swiftSettings: strictSettings),
        // The framework: documents, stages, the .conf language, the executor, readers and writers.
        .target(name: "Pipeline", swiftSettings: strictSettings),
        // The built-in stages; rule files are resources.
        .target(
            name: "Stages",
            dependencies: ["Pipeline", "ICU"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        // The embedded store (one SQLite file through GRDB): incremental runs, export, query, watch.
        // Kept out of `Pipeline`, so the framework itself never links SQLite.
        .target(
            name: "PipelineStore",
            dependencies: ["Pipeline", "ICU", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The command-line interface as a library, so a user's package can build its own `pipe`.
        .target(
            name: "PipelineCLI",
            dependencies: [
                "Pipeline", "PipelineStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Helpers to test a stage without an executor.
        .target(name: "PipelineTesting", dependencies: ["Pipeline"], swiftSettings: strictSettings),
        .executableTarget(name: "pipe", dependencies: ["PipelineCLI", "Stages"], swiftSettings: strictSettings),
        // `swift run -c release pipe-bench …`: throughput and peak memory, never a timed test.
        .executableTarget(
            name: "pipe-bench",
            dependencies: ["Pipeline", "Stages", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/PipeBench",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ICUTests", dependencies: ["ICU"], swiftSettings: strictSettings),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "PipelineTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StagesTests",
            dependencies: ["Stages", "Pipeline", "PipelineTesting", "ICU"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PipelineStoreTests",
            dependencies: ["PipelineStore", "Pipeline", "PipelineTesting", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "pipeTests", dependencies: ["pipe"], swiftSettings: strictSettings),
    ]
)
