import StanceCore

/// Inputs that a quadratic scan would choke on, for checking that segmentation stays linear.
enum AdversarialInputs {
  /// One paragraph of `megabytes` MB of words with no punctuation at all.
  static func unpunctuatedParagraph(megabytes: Int) -> Document {
    Document(
      id: "unpunctuated-\(megabytes)mb",
      text: repeated(["security ", "talks ", "Moscow ", "would ", "the ", "alliance ", "never "], megabytes: megabytes))
  }

  /// `megabytes` MB of quotation marks of every kind, alternating, with no closing partner in sight.
  static func quotationMarks(megabytes: Int) -> Document {
    Document(
      id: "quotes-\(megabytes)mb", text: repeated(["“", "\"", "«", "‘", " ", "”", "»", "’"], megabytes: megabytes))
  }

  /// `megabytes` MB of one unpunctuated sentence thick with quotation marks, cues and pronouns:
  /// every cue looks for a subject and every pronoun for an antecedent.
  static func quotedSpeech(megabytes: Int) -> Document {
    Document(
      id: "speech-\(megabytes)mb",
      text: repeated(
        ["said ", "“we ", "are ", "ready,” ", "Lavrov ", "he ", "added ", "officials ", "say ", "«non» ", "– "],
        megabytes: megabytes))
  }

  /// The pieces repeated in turn until the text reaches `megabytes` MB.
  static func repeated(_ pieces: [String], megabytes: Int) -> String {
    var text = ""
    text.reserveCapacity(megabytes * 1_000_000 + 16)
    var index = 0
    while text.utf8.count < megabytes * 1_000_000 {
      text += pieces[index % pieces.count]
      index += 1
    }
    return text
  }
}
