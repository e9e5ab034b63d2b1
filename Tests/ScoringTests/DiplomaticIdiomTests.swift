import Scoring
import StanceCore
import Testing

/// Fixed expressions of deterrence and diplomatic courtesy that carry their tone as a whole.
extension ToneScorerTests {
  @Test(arguments: [
    "Moscow should know that any move against Kyiv will bring severe costs.",
    "Nothing is off the table.",
    "We will defend every inch of our territory.",
    "Those who started this will bear full responsibility for it.",
  ])
  func deterrenceIdiomIsConfrontational(_ text: String) {
    #expect(tone(text).label == .confrontational)
  }

  @Test func goodMeetingIsConciliatory() {
    let result = tone("We had a good meeting with the Turkish delegation.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "good meeting" })
  }
}
