// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "stance",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "stance", targets: ["stance"]),
    .executable(name: "stance-bench", targets: ["stance-bench"]),
    .library(name: "StanceKit", targets: ["StanceKit"]),
  ],
  targets: [
    .target(name: "StanceCore"),
    .target(name: "Segmentation", dependencies: ["StanceCore"]),
    .target(name: "Attribution", dependencies: ["StanceCore"]),
    .target(name: "Scoring", dependencies: ["StanceCore"]),
    .target(name: "Aggregation", dependencies: ["StanceCore"]),
    .target(name: "Reporting", dependencies: ["StanceCore", "Aggregation"]),
    .target(
      name: "StanceKit",
      dependencies: ["StanceCore", "Segmentation", "Attribution", "Scoring", "Aggregation", "Reporting"],
      resources: [.copy("../../lexicons"), .copy("../../seeds")]
    ),
    .executableTarget(name: "stance", dependencies: ["StanceKit"]),
    .target(name: "AllocationCounter"),
    .executableTarget(name: "stance-bench", dependencies: ["StanceKit", "Reporting", "AllocationCounter"]),
    .target(name: "StanceTestSupport", dependencies: ["StanceKit"], path: "Tests/StanceTestSupport"),
    .testTarget(name: "StanceCoreTests", dependencies: ["StanceCore", "StanceTestSupport"]),
    .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "StanceTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "AttributionTests", dependencies: ["Attribution", "StanceTestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ScoringTests", dependencies: ["Scoring", "StanceKit", "StanceTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "AggregationTests", dependencies: ["Aggregation", "StanceTestSupport"]),
    .testTarget(name: "ReportingTests", dependencies: ["Reporting", "StanceTestSupport"]),
    .testTarget(name: "StanceKitTests", dependencies: ["StanceKit", "StanceTestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["StanceKit", "StanceTestSupport", "stance"]),
  ]
)
