import Aggregation
import Foundation
import Reporting
import StanceCore

/// What `stance diff` is asked to do.
public struct LexiconDiffOptions: Sendable {
  /// Files, folders or "-"; empty means the embedded seeds.
  public var inputs: [String] = []
  public var outputFolder = URL(fileURLWithPath: "diff")
  /// A statement moved when its score changed by more than this, or its label flipped.
  public var threshold = 0.1
  public var period: Period = .month
  /// Actors with fewer statements are left out of the largest actor shift (the `shift>X` gate).
  public var minimumCount = 3
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  public var maximumDocumentBytes = 64 << 20
  /// A tone gold file: its metrics are computed with both lexicons.
  public var goldPath: String? = nil
  /// How many of the largest moves the text report lists.
  public var shownMoves = 20

  public init() {}
}

/// One statement scored with both lexicons.
public struct StatementChange: Sendable {
  public var document: String
  public var date: DocumentDate?
  public var actor: String
  public var speaker: String
  public var isCharted: Bool
  /// The statement's content, in bytes of the document text.
  public var range: TextRange
  public var before: Tone
  public var after: Tone
  public var causes: [(change: LexiconDiffCauses.Change, sumShift: Double)]

  public var shift: Double { after.score - before.score }
  public var isFlip: Bool { before.label != after.label }

  /// Moved: the score changed by more than `threshold`, the label flipped, or only one lexicon finds the statement.
  public func isMoved(threshold: Double) -> Bool {
    abs(shift) > threshold || isFlip || causes.contains { $0.change.kind == "attribution" }
  }
}

/// `stance diff`: scores a corpus with two lexicons and reports what moved and why.
///
/// When the lexicons differ only in what scoring reads (tone terms, modifiers, settings, cue
/// weights), each document is segmented and attributed once and scored twice; otherwise the whole
/// pipeline runs twice and statements are paired by their content's offsets. Documents stream
/// through `BatchRunner`; output is in input order, identical at any number of jobs.
public struct LexiconDiff: Sendable {
  public let before: Pipeline
  public let after: Pipeline
  public let causes: LexiconDiffCauses
  /// True when segmentation and attribution read the same entries in both lexicons.
  public let sharesAttribution: Bool

  public init(before: LexiconSet, after: LexiconSet) {
    self.before = Pipeline(lexicons: before)
    self.after = Pipeline(lexicons: after)
    causes = LexiconDiffCauses(before: before, after: after)
    sharesAttribution = LexiconDiff.attributionKey(before) == LexiconDiff.attributionKey(after)
  }

  /// Everything segmentation and attribution read, without line numbers.
  static func attributionKey(_ set: LexiconSet) -> [String] {
    var key: [String] = []
    key += set.cues.map { "cue\t\($0.cue)\t\($0.role.rawValue)" }
    key += set.boilerplate.map {
      "boilerplate\t\($0.pattern)\t\($0.match.rawValue)\t\($0.scope.rawValue)\t\($0.reason)"
    }
    key += set.abbreviations.map { "abbreviation\t\($0.text)\t\($0.kind.rawValue)" }
    for actor in set.actors {
      let roles = actor.roles.map { "\($0.title)@\($0.from)..\($0.to.map(\.description) ?? "")" }
      key.append(
        [
          "actor", actor.id, actor.name, actor.kind.rawValue, actor.affiliation ?? "-",
          actor.aliases.joined(separator: "|"),
          roles.joined(separator: "|"),
        ].joined(separator: "\t"))
    }
    return key
  }

  /// One document's statements scored both ways; statements only one side attributes come with
  /// an empty tone on the other side and the cause "attribution".
  public func compare(_ document: Document) -> (changes: [StatementChange], segmented: SegmentedDocument) {
    let segmented = before.segmenter.segment(document)
    let statements = before.attributor.attribute(segmented).statements
    func change(_ statement: Statement, _ toneBefore: Tone, _ toneAfter: Tone, attributionOnly: Bool = false)
      -> StatementChange
    {
      var found = causes.causes(before: toneBefore, after: toneAfter)
      if found.contains(where: { $0.change.kind == "unchanged" }) {
        found = causes.crediting(found, to: causes.changedModifiers(in: statement, of: segmented))
      }
      if attributionOnly {
        found = [(LexiconDiffCauses.Change(file: "attribution", term: "", before: nil, after: nil), 0)]
      }
      return StatementChange(
        document: document.id, date: document.date, actor: statement.speaker.key, speaker: statement.speaker.name,
        isCharted: statement.speaker.kind != .unresolved, range: statement.content, before: toneBefore,
        after: toneAfter, causes: found)
    }
    if sharesAttribution {
      let changes = statements.map {
        change($0, before.scorer.score($0, in: segmented), after.scorer.score($0, in: segmented))
      }
      return (changes, segmented)
    }
    let other = after.process(document)
    var afterByContent: [TextRange: ScoredStatement] = [:]
    for scored in other.statements where afterByContent[scored.statement.content] == nil {
      afterByContent[scored.statement.content] = scored
    }
    let empty = Tone(score: 0, label: .neutral, evidence: [])
    var changes: [StatementChange] = []
    var paired: Set<TextRange> = []
    for statement in statements {
      let toneBefore = before.scorer.score(statement, in: segmented)
      if let match = afterByContent[statement.content], paired.insert(statement.content).inserted {
        changes.append(change(statement, toneBefore, match.tone))
      } else {
        changes.append(change(statement, toneBefore, empty, attributionOnly: true))
      }
    }
    for scored in other.statements where !paired.contains(scored.statement.content) {
      changes.append(change(scored.statement, empty, scored.tone, attributionOnly: true))
    }
    return (changes, segmented)
  }
}
