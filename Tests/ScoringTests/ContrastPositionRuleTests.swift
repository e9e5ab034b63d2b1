import Scoring
import StanceCore
import Testing

/// "yet" and "still" mark contrast only when they open a clause; inside one they speak of time.
extension ToneScorerTests {
  @Test func yetInsideAClauseIsNoContrast() {
    let result = tone("Officials have yet to say who planted the bomb.")
    #expect(result.evidence.contains { $0.term == "bomb" && $0.rule == "term" })
  }

  @Test func stillInsideAClauseIsNoContrast() {
    let result = tone("The two delegations are still working on a compromise.")
    #expect(result.evidence.contains { $0.term == "compromise" && $0.rule == "term" })
  }

  @Test func stillOpeningAClauseMarksContrast() {
    let result = tone("The shelling went on overnight. Still, we hope the truce will hold.")
    #expect(result.evidence.contains { $0.term == "truce*" && $0.rule.contains("after-contrast") })
    #expect(result.evidence.contains { $0.term == "shelling" && !$0.rule.contains("after-contrast") })
  }

  @Test func andYetMarksContrast() {
    let result = tone("They signed the accord, and yet their artillery keeps firing on the villages.")
    #expect(result.evidence.contains { $0.term == "artillery" && $0.rule.contains("after-contrast") })
  }
}
