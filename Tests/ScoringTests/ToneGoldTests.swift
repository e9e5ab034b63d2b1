import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// The scorer against the labelled tone gold sets. The gates sit just under the figures measured
/// when they were set; they catch regressions.
/// - Fixtures/tone-gold.jsonl: statements from the seeds and written in diplomatic register, each
///   label decided from the text; used while the lexicon was written.
/// - Fixtures/tone-heldout.jsonl: 167 statements written and labelled from the text before the scorer
///   was run on them. First measured blind at AUC 0.967, macro-F1 0.740; its errors were then studied,
///   so its gates guard what was reached and no longer estimate unseen text.
/// - Fixtures/tone-heldout2.jsonl: 140 statements on topics the other two sets lack (trade, energy,
///   arms control, maritime incidents, elections, cyber attacks, hostages, corridors, refugees, UN
///   votes, summits; idioms, sarcasm, conditionals, negation, hedges), committed before the scorer was
///   run on them. First measured blind at AUC 0.906, macro-F1 0.659; its errors were then studied too.
/// - Fixtures/tone-heldout3.jsonl: 129 statements on further topics (nuclear talks, territorial disputes,
///   peacekeeping, mediation, ceasefire monitoring, extraditions, espionage, expelled diplomats, visas, airspace,
///   naval drills, border incidents, aid, debt; factual reports that name conflict without a stance), committed
///   before the scorer was run on them. First measured blind at AUC 0.928, macro-F1 0.713; its errors then only
///   pointed to word families missing from the lexicon, which were added family by family.
/// - Fixtures/tone-heldout4.jsonl: 140 statements on topics the other sets lack (gas and debt, hostage
///   exchanges, nuclear plant safety, tariffs, border clashes), committed before the scorer was run on them.
///   First measured blind at AUC 0.904, macro-F1 0.696; its errors were then studied (a contrast marker now
///   weighs the clause before it down, and missing phrase families were added).
/// - Fixtures/tone-heldout5.jsonl: 140 statements varied in form (answers, retorts, denials, condolences,
///   irony, hostile-looking words that are not), committed before the scorer was run on them and kept
///   blind through the tuning on tone-heldout4: AUC 0.823, macro-F1 0.565 when committed, 0.844 and 0.593
///   after that tuning. Its errors were then studied (an indicative relative clause ends a negation; idioms
///   of sarcasm, refusal and a document's annex were added).
/// - Fixtures/tone-heldout6.jsonl: 150 statements (60 confrontational, 45 neutral, 45 conciliatory) on
///   regions and forms the other sets lack, committed before the scorer was run on them: AUC 0.924,
///   macro-F1 0.706 at first measure; its errors were then studied (a clause of condition or time ends the
///   negation and the countering word before it; missing phrase families were added).
/// - Fixtures/tone-heldout7.jsonl: 150 statements (60 confrontational, 45 neutral, 45 conciliatory), written
///   and labelled before the scorer was run on them: AUC 0.963, macro-F1 0.770 with the lexicons as they
///   stood before the tuning on tone-heldout6, 0.966 and 0.782 after it (still blind). Its errors were
///   then studied (refused lectures and orders, readiness to work with the other side, guns fallen silent).
/// - Fixtures/tone-heldout8.jsonl: 150 statements (60/45/45), written and labelled before the scorer was run
///   on them: AUC 0.941, macro-F1 0.694 at first measure. Its errors were then studied (steps declared a
///   sham or an insult are dismissed; "no interest in" denies its object; defiance of pressure, vows of
///   pursuit, hollow words, energy cut-offs, unimpeded access, places named as disputed).
/// - Fixtures/tone-heldout9.jsonl: 150 ordinary wire-style statements (50/50/50), not built to be hard, written
///   and labelled before the scorer was run on them: AUC 0.973, macro-F1 0.835 at first measure. Its errors
///   were then studied (a demand ends where ", and" brings in a new subject; "never been closer" and negative
///   questions affirm; readiness to meet, pardons, cut cooperation).
/// - Fixtures/tone-heldout10.jsonl: 150 more ordinary news statements (50/50/50) from other regions and beats,
///   written and labelled before the scorer was run on them: AUC 0.988, macro-F1 0.854 at first measure. Its
///   errors were then studied (the annex of a document is no annexation; infringing obstructs like violating;
///   walking away from talks; firm responses; live rounds).
/// - Fixtures/tone-heldout11.jsonl: 150 ordinary news statements (50/50/50) on the wars and rivalries most
///   followed in 2022-2024, written and labelled before the scorer was run on them: AUC 0.997, macro-F1 0.854
///   at first measure; most errors were reports of figures read as threats, which `DescriptionRule` then
///   weakened (0.888).
/// - Fixtures/tone-heldout12.jsonl: 150 ordinary news statements (50/50/50), written and labelled before the
///   scorer was run on them: AUC 0.993, macro-F1 0.842 at first measure, kept unstudied for two more tunings.
///   Its errors were then studied (a negation ends at "and" before a predicate of its own; "we will" answering
///   a condition laid on the other side is an ultimatum, see `UltimatumRule`; readiness to act is an offer;
///   a schedule of talks only reports; tributes, courage, invented charges).
/// - Fixtures/tone-heldout13.jsonl: 150 ordinary news statements (50/50/50) from every region, written and
///   labelled before the scorer was run on them: AUC 0.989, macro-F1 0.853 at first measure (the lexicons of
///   2c8b8a0), unchanged by the tuning on tone-heldout12. Its errors were then studied (a remedy governs the
///   problem after "on"; reports of ceasefires and of talks with their hour only report, and weigh 0.35 of
///   their terms; neutral fixed expressions do not stop a report; "isn't it time" appeals; announced prices,
///   crossed lines, refusals to deal).
/// - Fixtures/tone-heldout14.jsonl: 150 ordinary wire-style statements (50/50/50), written and labelled before
///   the scorer was run on them and kept blind through both tunings above: AUC 0.996, macro-F1 0.878 with the
///   lexicons of 2c8b8a0, 0.884 after the tuning on tone-heldout12, 0.892 after that on tone-heldout13. Its
///   errors were then studied (a future of the calendar, "will open on Tuesday", speaks for no side; aid
///   counted and dated only reports; devastating responses, pretended victims, hostages brought home).
/// - Fixtures/tone-heldout15.jsonl: 150 statements (50/50/50), half of them reported speech, written and
///   labelled before the scorer was run on them: AUC 0.942, macro-F1 0.727 with the lexicons of 2c8b8a0,
///   0.962 / 0.760 after the tunings above (still blind). Its errors were then studied ("and that" opens a
///   complement out of the negation's reach; a refusal named as a subject ends at its verb; "whether" damps
///   its open question to 0.5; "urged X to" is a demand; one's own supporters are no other party; refusals
///   to pay, to stay or to be intimidated; hostage talks).
/// - Fixtures/tone-heldout16.jsonl: 150 statements (50/50/50) of the same kind, written and labelled before
///   the scorer was run on them: AUC 0.962, macro-F1 0.764 with the lexicons of 2c8b8a0, 0.969 / 0.792 after
///   the tuning on tone-heldout15 (still blind). Its errors were then studied (a report's score is drawn
///   into the neutral band, see `ToneDecision.isReport`; "who" before its own verb asserts; a dismissal in
///   quotation marks; refusals to pay a single euro or to take lectures; warnings that "they should know").
/// - Fixtures/tone-heldout17.jsonl: 150 statements (50/50/50), half of them reported speech, written and
///   labelled before the scorer was run on them: AUC 0.966, macro-F1 0.801 with the lexicons of 2c8b8a0,
///   0.970 / 0.833 after the tunings on tone-heldout15 and tone-heldout16. Its errors were then studied (a
///   reporting verb after "and" is a predicate of its own; "warned X to" is a demand; "no reason why … cannot"
///   nests; "that" before a verb in -ed asserts; ultimatums with a date, plots, pushbacks, shared concerns,
///   prisoners of war and detainees as people).
/// - Fixtures/tone-heldout18.jsonl: 150 statements (50/50/50), half of them reported speech, written and
///   labelled before the scorer was run on them: AUC 0.953, macro-F1 0.763 with the lexicons of 2c8b8a0,
///   0.968 / 0.793 after the tunings on tone-heldout12 to tone-heldout16, 0.969 / 0.793 after that on
///   tone-heldout17. Its errors have not been studied: it is the check of unseen text.
@Suite struct ToneGoldTests {
  struct GoldSet: Sendable, CustomTestStringConvertible {
    var file: String
    var minimumCount: Int
    var minimumAUC: Double
    var minimumMacroF1: Double
    var testDescription: String { file }
  }

  static let sets = [
    GoldSet(file: "tone-gold.jsonl", minimumCount: 150, minimumAUC: 0.96, minimumMacroF1: 0.81),
    GoldSet(file: "tone-heldout.jsonl", minimumCount: 120, minimumAUC: 0.99, minimumMacroF1: 0.88),
    GoldSet(file: "tone-heldout2.jsonl", minimumCount: 120, minimumAUC: 0.96, minimumMacroF1: 0.82),
    GoldSet(file: "tone-heldout3.jsonl", minimumCount: 120, minimumAUC: 0.98, minimumMacroF1: 0.85),
    GoldSet(file: "tone-heldout4.jsonl", minimumCount: 140, minimumAUC: 0.95, minimumMacroF1: 0.85),
    GoldSet(file: "tone-heldout5.jsonl", minimumCount: 140, minimumAUC: 0.92, minimumMacroF1: 0.68),
    GoldSet(file: "tone-heldout6.jsonl", minimumCount: 150, minimumAUC: 0.94, minimumMacroF1: 0.83),
    GoldSet(file: "tone-heldout7.jsonl", minimumCount: 150, minimumAUC: 0.97, minimumMacroF1: 0.83),
    GoldSet(file: "tone-heldout8.jsonl", minimumCount: 150, minimumAUC: 0.96, minimumMacroF1: 0.80),
    GoldSet(file: "tone-heldout9.jsonl", minimumCount: 150, minimumAUC: 0.98, minimumMacroF1: 0.88),
    GoldSet(file: "tone-heldout10.jsonl", minimumCount: 150, minimumAUC: 0.98, minimumMacroF1: 0.89),
    GoldSet(file: "tone-heldout11.jsonl", minimumCount: 150, minimumAUC: 0.98, minimumMacroF1: 0.86),
    GoldSet(file: "tone-heldout12.jsonl", minimumCount: 150, minimumAUC: 0.99, minimumMacroF1: 0.89),
    GoldSet(file: "tone-heldout13.jsonl", minimumCount: 150, minimumAUC: 0.99, minimumMacroF1: 0.91),
    GoldSet(file: "tone-heldout14.jsonl", minimumCount: 150, minimumAUC: 0.99, minimumMacroF1: 0.90),
    GoldSet(file: "tone-heldout15.jsonl", minimumCount: 150, minimumAUC: 0.98, minimumMacroF1: 0.80),
    GoldSet(file: "tone-heldout16.jsonl", minimumCount: 150, minimumAUC: 0.99, minimumMacroF1: 0.84),
    GoldSet(file: "tone-heldout17.jsonl", minimumCount: 150, minimumAUC: 0.98, minimumMacroF1: 0.88),
    GoldSet(file: "tone-heldout18.jsonl", minimumCount: 150, minimumAUC: 0.95, minimumMacroF1: 0.77),
  ]

  @Test(arguments: sets)
  func goldStatementsAreRankedAndLabelled(_ set: GoldSet) throws {
    let path = Fixtures.packageRoot.appendingPathComponent("Tests/ScoringTests/Fixtures/\(set.file)").path
    let items = try ToneEvaluator.read(path: path)
    #expect(items.count >= set.minimumCount)
    let report = ToneEvaluator(pipeline: Fixtures.pipeline).evaluate(items)
    print(
      String(
        format: "%@: AUC %.3f, macro-F1 %.3f on %d statements", set.file, report.auc, report.macroF1, report.count))
    #expect(report.auc >= set.minimumAUC)
    #expect(report.macroF1 >= set.minimumMacroF1)
  }

  @Test func aucCountsTiesAsHalf() {
    #expect(ToneEvaluator.auc(positives: [3, 2], negatives: [1, 0]) == 1)
    #expect(ToneEvaluator.auc(positives: [0, 1], negatives: [2, 3]) == 0)
    #expect(ToneEvaluator.auc(positives: [1], negatives: [1]) == 0.5)
  }
}
