// swift-tools-version: 6.0
// Fuzz targets for stance, built apart from the main package because they link libFuzzer:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product fuzz-pipeline
// See the README for running them.
import PackageDescription

let package = Package(
  name: "stance-fuzz",
  dependencies: [.package(name: "stance", path: "..")],
  targets: [
    .target(name: "FuzzSupport"),
    .executableTarget(
      name: "fuzz-pipeline", dependencies: ["FuzzSupport", .product(name: "StanceKit", package: "stance")]),
    .executableTarget(
      name: "fuzz-jsonl", dependencies: ["FuzzSupport", .product(name: "StanceKit", package: "stance")]),
    .executableTarget(
      name: "fuzz-folder", dependencies: ["FuzzSupport", .product(name: "StanceKit", package: "stance")]),
    .executableTarget(
      name: "fuzz-lexicon", dependencies: ["FuzzSupport", .product(name: "StanceKit", package: "stance")]),
  ]
)
