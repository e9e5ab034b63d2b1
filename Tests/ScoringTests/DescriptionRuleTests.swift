import Scoring
import StanceCore
import Testing

/// A report of figures of weapons, strikes or sanctions, with no one speaking for a side, describes:
/// its terms keep their sign at half their weight, and it falls back to neutral.
extension ToneScorerTests {
  @Test(arguments: [
    "The frigate sailed from Toulon on Tuesday for a four-month deployment in the Indian Ocean.",
    "Sanctions on the 40 listed companies take effect at midnight on 1 March.",
    "Radar tracked 3 drones over the southern districts overnight.",
  ])
  func aReportOfFiguresIsNeutral(_ text: String) {
    let result = tone(text)
    #expect(!result.evidence.isEmpty)
    #expect(result.evidence.allSatisfy { $0.rule == "descriptive" && $0.weight < 0 })
    #expect(result.label == .neutral)
  }

  @Test(arguments: [
    // A side speaks: first person, a modal of intent.
    "We shot down 3 of their drones overnight and we will shoot down the rest.",
    "They will fire 200 more missiles at our cities this month.",
    // No figure: an account of force, not a tally.
    "The invaders keep shelling the town.",
  ])
  func statementsThatSpeakForASideAreNoReport(_ text: String) {
    #expect(!tone(text).evidence.contains { $0.rule == "descriptive" })
  }

  @Test func aHeavyReportIsWeakenedButKeepsItsSign() {
    // Killing and shelling counted: half their weight is still confrontational.
    let result = tone("At least 34 people were killed when the market was shelled on Tuesday.")
    #expect(result.evidence.allSatisfy { $0.rule == "descriptive" })
    #expect(result.score < 0)
  }

  @Test func aJudgementAmongTheTermsIsNoReport() {
    // "brutal" is not a material term: the statement judges what it counts.
    let result = tone("The brutal shelling killed 12 civilians on Sunday.")
    #expect(!result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .confrontational)
  }

  @Test func aScheduleOfTalksIsAReport() {
    // Talks named with their date and place, with no one speaking for a side, only report.
    let result = tone("The fourth round of negotiations opened in Geneva on Tuesday with forty delegates present.")
    #expect(result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
  }

  @Test func talksOfferedByTheSpeakerAreNoReport() {
    let result = tone("We are ready for negotiations in Geneva on Tuesday.")
    #expect(!result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .conciliatory)
  }
}

extension ToneScorerTests {
  @Test func aNeutralFixedExpressionDoesNotStopAReport() {
    // "firefighters" only keeps "firefight" from matching: the report is still a report.
    let result = tone("The strikes hit two fuel depots near the port overnight, and firefighters are still at work.")
    #expect(result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
  }

  @Test func aScheduledCeasefireWithItsHourIsAReport() {
    let result = tone("The ceasefire took effect at midnight along the whole front line.")
    #expect(result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
  }
}

extension ToneScorerTests {
  @Test func aFutureOfTheCalendarSpeaksForNoSide() {
    let result = tone("The regional summit will open in Nairobi on Thursday with twenty heads of state attending.")
    #expect(result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
  }

  @Test func aFutureOfIntentStillSpeaksForASide() {
    let result = tone("They will strike the depots again on Monday.")
    #expect(!result.evidence.contains { $0.rule == "descriptive" })
  }

  @Test func aidCountedAndDatedIsAReport() {
    let result = tone("Aid convoys crossed the border this morning with 40 trucks of flour and medicine.")
    #expect(result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
  }
}

extension ToneScorerTests {
  @Test func rulesThatApplyFromADateOnlyReport() {
    let result = tone("The new sanctions will apply to transfers above 10,000 euros from Monday.")
    #expect(result.evidence.contains { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
  }
}

extension ToneScorerTests {
  @Test func aReportOfManyTermsStaysNeutral() {
    // Four material terms and a date: a report, however heavy, is drawn into the neutral band.
    let result = tone("Three soldiers and two fighters were killed in a clash near the border on Tuesday.")
    #expect(result.evidence.allSatisfy { $0.rule == "descriptive" })
    #expect(result.label == .neutral)
    #expect(result.score < 0)
  }
}
