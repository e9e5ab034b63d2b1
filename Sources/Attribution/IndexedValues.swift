/// A value for some of the indices `0..<count` (of paragraphs, of sentences), for small values such
/// as statement indices: one array of optional values, allocated when the first value is set.
///
/// Neither a dictionary, which grew and rehashed for every document, nor slots into a growing array
/// of values, which allocated again as it grew; most documents set no value, or a handful.
struct IndexedValues<Value> {
  private var values: [Value?] = []
  private let count: Int

  init(count: Int) {
    self.count = count
  }

  /// - Complexity: O(1), but O(`count`) for the first value set.
  subscript(index: Int) -> Value? {
    get {
      precondition(index >= 0 && index < count, "index out of range")
      return values.isEmpty ? nil : values[index]
    }
    set {
      precondition(index >= 0 && index < count, "index out of range")
      if values.isEmpty {
        guard newValue != nil else { return }
        values = [Value?](repeating: nil, count: count)
      }
      values[index] = newValue
    }
  }
}
