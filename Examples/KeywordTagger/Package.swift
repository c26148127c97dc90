// swift-tools-version: 6.1
// A user's own package: one custom stage, `acme.keywords`, and its own `pipe` executable
// (`acme-pipe`) that runs it by name next to the built-in stages.

import PackageDescription

let package = Package(
    name: "KeywordTagger",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Outside this repository, depend on pipe by URL or by the path of your clone instead:
        //   .package(name: "pipe", path: "/path/to/pipe"),
        //   .package(url: "https://example.com/pipe.git", branch: "main"),
        .package(name: "pipe", path: "../.."),
    ],
    targets: [
        // The stages: depend on Pipeline only.
        .target(name: "AcmeStages", dependencies: [.product(name: "Pipeline", package: "pipe")]),
        // Your own `pipe`: the built-in stages plus yours.
        .executableTarget(
            name: "acme-pipe",
            dependencies: [
                "AcmeStages",
                .product(name: "PipelineCLI", package: "pipe"),
                .product(name: "Stages", package: "pipe"),
            ]
        ),
        .testTarget(
            name: "AcmeStagesTests",
            dependencies: [
                "AcmeStages",
                .product(name: "Pipeline", package: "pipe"),
                .product(name: "PipelineTesting", package: "pipe"),
                .product(name: "Stages", package: "pipe"),
            ]
        ),
    ]
)
