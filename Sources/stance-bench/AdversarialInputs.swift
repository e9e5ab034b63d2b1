import StanceCore

/// Inputs that a quadratic scan would choke on, for checking that segmentation stays linear.
enum AdversarialInputs {
  /// One paragraph of `megabytes` MB of words with no punctuation at all.
  static func unpunctuatedParagraph(megabytes: Int) -> Document {
    let words = ["security", "talks", "Moscow", "would", "the", "alliance", "never", "guarantees"]
    var text = ""
    text.reserveCapacity(megabytes * 1_000_000)
    var index = 0
    while text.utf8.count < megabytes * 1_000_000 {
      text += words[index % words.count]
      text += " "
      index += 1
    }
    return Document(id: "unpunctuated-\(megabytes)mb", text: text)
  }

  /// `megabytes` MB of quotation marks of every kind, alternating, with no closing partner in sight.
  static func quotationMarks(megabytes: Int) -> Document {
    let marks = ["“", "\"", "«", "‘", " ", "”", "»", "’"]
    var text = ""
    text.reserveCapacity(megabytes * 1_000_000)
    var index = 0
    while text.utf8.count < megabytes * 1_000_000 {
      text += marks[index % marks.count]
      index += 1
    }
    return Document(id: "quotes-\(megabytes)mb", text: text)
  }
}
