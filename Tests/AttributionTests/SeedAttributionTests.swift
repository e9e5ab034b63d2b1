import Attribution
import StanceCore
import StanceTestSupport
import Testing

/// The speakers the seed articles must yield.
@Suite struct SeedAttributionTests {
  func speakers(of seed: String) -> Set<String> {
    let segmented = Fixtures.pipeline.segmenter.segment(Fixtures.seed(seed))
    return Set(Fixtures.pipeline.attributor.attribute(segmented).statements.compactMap(\.speaker.actorID))
  }

  @Test func everySeedSpeakerIsFound() {
    let all = ["000", "001", "002", "003", "004"].reduce(into: Set<String>()) { $0.formUnion(speakers(of: $1)) }
    #expect(
      all.isSuperset(of: ["lavrov", "blinken", "ushakov", "ryabkov", "stoltenberg", "putin", "zelenskyy", "petkov"]))
  }

  @Test func ryabkovQuotesInSeed004AreAllHis() {
    let segmented = Fixtures.pipeline.segmenter.segment(Fixtures.seed("004"))
    let statements = Fixtures.pipeline.attributor.attribute(segmented).statements
    let ryabkov = statements.filter { $0.speaker.actorID == "ryabkov" }.map { segmented.text.string($0.content) }
    #expect(ryabkov.count == 4)
    #expect(ryabkov.contains("The situation in Europe is very alarming"))
    #expect(
      ryabkov.contains("It’s clear that this will be one of the main topics of discussion at the presidential level."))
  }
}
