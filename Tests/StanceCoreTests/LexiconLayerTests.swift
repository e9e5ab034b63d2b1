import StanceCore
import Testing

@Suite struct LexiconLayerTests {
  let base = LexiconDraft()

  func layered(_ overlay: [String: String]) throws(LexiconErrors) -> LexiconSet {
    try LexiconSet.parse(layers: [LexiconLayer(files: base.files), LexiconLayer(location: "overlay", files: overlay)])
  }

  @Test func overlayReweightsAddsAndRemovesEntries() throws {
    let set = try layered([
      "tone.tsv": "# my changes\nDialogue\t3\tdialogue\n!large-scale conflict\nescalat*\t-2.5\talarm\n",
      "modifiers.tsv": "!perhaps\n",
    ])
    #expect(set.tone.map(\.term) == ["threat*", "Dialogue", "escalat*"])
    #expect(set.tone[1].weight == 3)
    #expect(set.tone[1].file == "overlay/tone.tsv")
    #expect(set.tone[1].line == 2)
    #expect(set.modifiers.map(\.term) == ["not", "very"])
    #expect(set.versions["tone.tsv"] == "2026.11.1")
  }

  @Test func identifierFollowsTheEffectiveContent() throws {
    let plain = try LexiconSet.parse(files: base.files)
    #expect(try LexiconSet.parse(layers: [LexiconLayer(files: base.files)]).identifier == plain.identifier)
    let changed = try layered(["tone.tsv": "dialogue\t3\tdialogue\n"])
    #expect(changed.identifier != plain.identifier)
    #expect(changed.identifier.hasPrefix("2026.11.1+"))
    // Restating an entry as it is changes nothing.
    let restated = try layered(["tone.tsv": "dialogue\t2\tdialogue\n"])
    #expect(restated.identifier == plain.identifier)
  }

  @Test func removalOfAnAbsentEntryIsAnErrorAtItsLine() {
    #expect(throws: LexiconErrors.self) { try layered(["tone.tsv": "# x\n!peace\n"]) }
    do {
      _ = try layered(["tone.tsv": "# x\n!peace\n"])
    } catch {
      #expect(
        error.errors.map(\.description) == ["overlay/tone.tsv:2: '!peace' removes nothing: no layer below has 'peace'"])
    }
  }

  @Test func overlayErrorsNameTheOverlayFile() {
    do {
      _ = try layered(["tone.tsv": "truce\t9\tdialogue\n"])
      Issue.record("a weight of 9 loaded")
    } catch {
      #expect(error.errors.map(\.description) == ["overlay/tone.tsv:1: weight 9 is outside -4...4"])
    }
  }

  @Test func removalInTheBaseIsRefused() {
    do {
      _ = try LexiconSet.parse(files: base.appending("!dialogue", to: "tone.tsv").files)
      Issue.record("a removal in the base loaded")
    } catch {
      #expect(error.errors.first?.message == "'!dialogue' removes an entry, which only an overlay can do")
    }
  }
}
