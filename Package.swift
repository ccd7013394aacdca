// swift-tools-version:6.0
import PackageDescription

// Data flows one way: CSV → Importers → Domain (ledger) → Analysis → Decisions → Reports → CLI.
// Each target depends only on targets earlier in that chain, so the compiler keeps the
// calculation free of files, terminals and flags. Localization (text for people in English and
// Arabic, written only when rendered) depends on nothing, so every target, the CSV reader's
// errors included, can say things.
// Parallel (two pieces of work on two cores) is used by the importers and the command line,
// never by the calculation.
let package = Package(
  name: "ClientWorth",
  products: [
    .executable(name: "clientworth", targets: ["clientworth"])
  ],
  dependencies: [],
  targets: [
    .target(name: "Localization"),
    .target(name: "CSV", dependencies: ["Localization"]),
    .target(name: "Domain", dependencies: ["Localization"]),
    .target(name: "Parallel"),
    .target(name: "Importers", dependencies: ["CSV", "Domain", "Localization", "Parallel"]),
    .target(name: "Analysis", dependencies: ["Domain", "Localization", "Parallel"]),
    .target(name: "Decisions", dependencies: ["Analysis", "Domain", "Localization"]),
    .target(name: "Reports", dependencies: ["Decisions", "Analysis", "Domain", "Localization"]),
    .target(
      name: "ClientWorthCLI",
      dependencies: ["CSV", "Domain", "Importers", "Analysis", "Decisions", "Reports", "Parallel", "Localization"]),
    .executableTarget(name: "clientworth", dependencies: ["ClientWorthCLI"]),

    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "CSVTests", dependencies: ["CSV", "TestSupport"], exclude: ["Conformance"]),
    .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
    .testTarget(name: "DomainTests", dependencies: ["Domain", "TestSupport"]),
    .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
    .testTarget(
      name: "ImportersTests", dependencies: ["Importers", "CSV", "Domain", "Localization", "TestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Domain", "Localization", "TestSupport"]),
    .testTarget(
      name: "DecisionsTests", dependencies: ["Decisions", "Analysis", "Domain", "Localization", "TestSupport"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["Reports", "Decisions", "Analysis", "Domain", "Localization", "TestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "ClientWorthCLI", "Importers", "Analysis", "Decisions", "Reports", "Domain", "Localization", "TestSupport",
      ],
      exclude: ["Golden", "Fixtures"]),
  ]
)
