import Foundation
import StanceCore

/// Turns an established dictionary into a stance tone.tsv, by a stated rule.
///
/// - VADER (`token TAB mean TAB sd TAB ratings`): the mean valence is already on −4…+4, so the
///   weight is the mean rounded to one decimal; terms with |mean| < `minimumVADERWeight` are left out
///   as near neutral. Negative terms get the category `hostility`, positive ones `support`.
/// - LIWC / Lexicoder `.dic` (a `%` block of `id TAB category` lines, then `term TAB id…`; a final
///   `*` matches any ending): a category whose name starts with "pos" is conciliatory and "neg"
///   confrontational; a "neg_" or "neg-" prefix on a category name negates it ("neg_positive" is
///   confrontational, "neg_negative" conciliatory); other categories are ignored. Each term gets
///   ±`weight` (default 1.5) and the category `support` or `hostility`; a term in categories of both
///   signs is left out.
///
/// Terms are lower-cased; those that are not valid stance phrases (no word, `*` inside, not
/// starting with a word, as emoticons) and repeated terms are left out and listed.
public enum LexiconImport {
  public enum Format: String, Sendable, CaseIterable {
    case vader, dic
  }

  /// The tone.tsv text, how many terms it holds, and the lines left out with the reason.
  public struct Result: Sendable {
    public var toneFile: String
    public var count: Int
    public var skipped: [LexiconError]
  }

  public static let minimumVADERWeight = 0.5
  public static let defaultDictionaryWeight = 1.5

  /// The format of a file: `.dic` files are LIWC / Lexicoder dictionaries, anything else VADER.
  public static func format(of file: URL) -> Format {
    file.pathExtension.lowercased() == "dic" ? .dic : .vader
  }

  /// Reads `file` and returns its tone.tsv text (for a dictionary given directly as an overlay).
  public static func toneFile(from file: URL) throws -> String {
    try convert(file: file, format: format(of: file)).toneFile
  }

  /// Reads and converts a dictionary file.
  public static func convert(file: URL, format: Format, weight: Double = defaultDictionaryWeight) throws -> Result {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw StanceError.cannotRead(path: file.relativePath, reason: "unreadable file")
    }
    let result = convert(
      text: String(decoding: data, as: UTF8.self), format: format, file: file.relativePath, weight: weight)
    if result.count == 0, let first = result.skipped.first {
      throw StanceError.lexicon(LexiconErrors([first]))
    }
    return result
  }

  /// Converts dictionary text; `file` names it in messages.
  public static func convert(text: String, format: Format, file: String, weight: Double = defaultDictionaryWeight)
    -> Result
  {
    var skipped: [LexiconError] = []
    var terms: [(term: String, weight: Double, line: Int)] = []
    let lines = LexiconFile.lines(of: text, file: file)
    switch format {
    case .vader: terms = vaderTerms(lines, skipped: &skipped)
    case .dic: terms = dictionaryTerms(lines, weight: weight, skipped: &skipped)
    }
    var seen: Set<String> = []
    var rows: [String] = []
    for entry in terms {
      var problems: [LexiconError] = []
      guard LexiconSet.isValidPhrase(entry.term, file: file, line: entry.line, errors: &problems) else {
        skipped += problems
        continue
      }
      let body = entry.term.hasSuffix("*") ? String(entry.term.dropLast()) : entry.term
      guard let first = Tokenizer.tokenize(body).tokens.first, first.kind == .word || first.kind == .number else {
        skipped.append(
          LexiconError(file: file, line: entry.line, message: "'\(entry.term)' does not start with a word"))
        continue
      }
      guard seen.insert(entry.term).inserted else {
        skipped.append(LexiconError(file: file, line: entry.line, message: "repeated term '\(entry.term)'"))
        continue
      }
      let rounded = (entry.weight * 10).rounded() / 10
      let category = rounded < 0 ? "hostility" : "support"
      rows.append("\(entry.term)\t\(formatWeight(rounded))\t\(category)")
    }
    skipped.sort { $0.line < $1.line }
    let header = [
      "# stance lexicon: tone.tsv imported from \((file as NSString).lastPathComponent) (\(format.rawValue))",
      "# version: imported-\(format.rawValue)",
      "",
    ]
    return Result(toneFile: (header + rows).joined(separator: "\n") + "\n", count: rows.count, skipped: skipped)
  }

  static func vaderTerms(_ lines: [LexiconFile.SourceLine], skipped: inout [LexiconError]) -> [(String, Double, Int)] {
    var terms: [(String, Double, Int)] = []
    for line in lines where !line.text.trimmingSpaces().isEmpty {
      let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2, let mean = Double(fields[1].trimmingSpaces()), mean.isFinite else {
        skipped.append(
          LexiconError(file: line.file, line: line.line, message: "not 'token TAB mean TAB sd TAB ratings'"))
        continue
      }
      guard abs(mean) >= minimumVADERWeight else { continue }
      terms.append((fields[0].trimmingSpaces().lowercased(), max(-4, min(4, mean)), line.line))
    }
    return terms
  }

  static func dictionaryTerms(_ lines: [LexiconFile.SourceLine], weight: Double, skipped: inout [LexiconError])
    -> [(String, Double, Int)]
  {
    var polarities: [String: Int] = [:]
    var markers = 0
    var terms: [(String, Double, Int)] = []
    for line in lines {
      let text = line.text.trimmingSpaces()
      if text.isEmpty { continue }
      if text == "%" {
        markers += 1
        continue
      }
      if markers == 1 {
        // A category line: id, then its name.
        let parts = text.split(whereSeparator: { $0 == "\t" || $0 == " " })
        guard parts.count >= 2 else {
          skipped.append(LexiconError(file: line.file, line: line.line, message: "category line is not 'id TAB name'"))
          continue
        }
        polarities[String(parts[0])] = polarity(ofCategory: parts[1...].joined(separator: " "))
        continue
      }
      guard markers >= 2 else {
        skipped.append(LexiconError(file: line.file, line: line.line, message: "before the '%' category block"))
        continue
      }
      // A term line: the term (words may be separated by spaces), then tab-separated category ids.
      var fields = text.split(separator: "\t").map { $0.trimmingSpaces() }
      if fields.count == 1 { fields = text.split(separator: " ").map(String.init) }
      let ids = fields.count > 1 ? Array(fields.dropFirst()) : []
      let signs = Set(ids.compactMap { polarities[$0] }.filter { $0 != 0 })
      if ids.contains(where: { polarities[$0] == nil }) || ids.isEmpty {
        skipped.append(LexiconError(file: line.file, line: line.line, message: "no category, or an undeclared one"))
        continue
      }
      if signs.count > 1 {
        skipped.append(LexiconError(file: line.file, line: line.line, message: "in categories of both signs"))
        continue
      }
      guard let sign = signs.first else { continue }
      terms.append((fields[0].lowercased(), Double(sign) * weight, line.line))
    }
    return terms
  }

  /// +1 for a category named pos…, −1 for neg…, negated by a "neg_" / "neg-" prefix; 0 otherwise.
  public static func polarity(ofCategory name: String) -> Int {
    let lowered = name.lowercased()
    for prefix in ["neg_", "neg-"] where lowered.hasPrefix(prefix) {
      return -polarity(ofCategory: String(lowered.dropFirst(prefix.count)))
    }
    if lowered.hasPrefix("pos") { return 1 }
    if lowered.hasPrefix("neg") { return -1 }
    return 0
  }

  static func formatWeight(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}
