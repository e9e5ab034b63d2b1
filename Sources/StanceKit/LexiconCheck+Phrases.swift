import StanceCore

/// A lexicon term as the phrase tables see it: folded words, a final wildcard, where it is written.
struct CheckedPhrase {
  var text: String
  var file: String
  var line: Int
  var weight: Double
  var note: String
  var words: [[UInt8]]
  var isPrefix: Bool
  var firstKind: TokenKind?
  var firstToken: String
  /// For a `*` term: whether running text splits the stem differently, because the stem ends in a
  /// character that joins words ("anti-*": "anti-western" is one word, the stem two tokens).
  var isStemSplitInText: Bool
  /// The words as the tokenizer reads them, joined by spaces.
  var spelled: String
  var hasSkippedCharacters: Bool

  init(_ text: String, file: String, line: Int, weight: Double, note: String = "") {
    self.text = text
    self.file = file
    self.line = line
    self.weight = weight
    self.note = note
    isPrefix = text.hasSuffix("*")
    let body = isPrefix ? String(text.dropLast()) : text
    let (bytes, tokens) = Tokenizer.tokenize(body)
    var words: [[UInt8]] = []
    var pieces: [String] = []
    var covered = 0
    bytes.withUnsafeBufferPointer { buffer in
      for token in tokens {
        words.append(TextFolding.folded(buffer, token.range))
        pieces.append(String(decoding: buffer[token.range.start..<token.range.end], as: UTF8.self))
        covered += token.range.length
      }
    }
    self.words = words
    firstKind = tokens.first?.kind
    firstToken = pieces.first ?? ""
    spelled = pieces.joined(separator: " ")
    isStemSplitInText = isPrefix && Tokenizer.tokenize(body + "a").tokens.count != tokens.count
    let spaces = body.utf8.filter { $0 == 0x20 }.count
    hasSkippedCharacters = covered + spaces < bytes.count
  }

  /// The words compared by value: folded words, and a final `*`.
  var key: String {
    words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ") + (isPrefix ? "*" : "")
  }

  /// Whether `pattern` matches a run of this phrase's words (its wildcard matching any ending).
  func contains(_ pattern: CheckedPhrase) -> Bool {
    guard !pattern.words.isEmpty, pattern.words.count <= words.count else { return false }
    for offset in 0...(words.count - pattern.words.count) {
      let isMatch = pattern.words.indices.allSatisfy { index in
        let word = words[offset + index]
        let isLast = index == pattern.words.count - 1
        return isLast && pattern.isPrefix ? word.starts(with: pattern.words[index]) : word == pattern.words[index]
      }
      if isMatch { return true }
    }
    return false
  }

  /// "line N" in the same file, "name:N" in the same folder, or "path:N".
  func place(from otherFile: String) -> String {
    if otherFile == file { return "line \(line)" }
    let folder = { (path: String) in path.split(separator: "/", omittingEmptySubsequences: false).dropLast() }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return folder(otherFile) == folder(file) ? "\(name):\(line)" : "\(file):\(line)"
  }
}
