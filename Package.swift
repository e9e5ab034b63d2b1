// swift-tools-version: 6.0
import PackageDescription

/// Release builds of the product's own modules skip the run-time exclusivity checks (about 2% of the
/// instructions of a scoring run, counted with callgrind); debug builds, and so `swift test`, keep them.
let releaseSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
  name: "stance",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "stance", targets: ["stance"]),
    .executable(name: "stance-bench", targets: ["stance-bench"]),
    .library(name: "StanceKit", targets: ["StanceKit"]),
  ],
  targets: [
    .target(name: "StanceCore", swiftSettings: releaseSettings),
    .target(name: "Segmentation", dependencies: ["StanceCore"], swiftSettings: releaseSettings),
    .target(name: "Attribution", dependencies: ["StanceCore"], swiftSettings: releaseSettings),
    .target(name: "Scoring", dependencies: ["StanceCore"], swiftSettings: releaseSettings),
    .target(name: "Aggregation", dependencies: ["StanceCore"], swiftSettings: releaseSettings),
    .target(name: "Reporting", dependencies: ["StanceCore", "Aggregation"], swiftSettings: releaseSettings),
    .target(
      name: "StanceKit",
      dependencies: ["StanceCore", "Segmentation", "Attribution", "Scoring", "Aggregation", "Reporting"],
      resources: [.copy("../../lexicons"), .copy("../../seeds")],
      swiftSettings: releaseSettings
    ),
    .executableTarget(name: "stance", dependencies: ["StanceKit"], swiftSettings: releaseSettings),
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
