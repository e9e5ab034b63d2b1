/// A value for some of the indices `0..<count` (of paragraphs, of sentences): a flat array of slots
/// into the values set so far.
///
/// Neither a dictionary, which grew and rehashed for every document, nor an array of optional
/// values, whose every element was written when it was made: making one fills `count` `Int32`s.
struct IndexedValues<Value> {
  private var slots: [Int32]
  private var values: [Value] = []

  init(count: Int) {
    slots = [Int32](repeating: -1, count: count)
  }

  /// - Complexity: O(1).
  subscript(index: Int) -> Value? {
    get {
      let slot = slots[index]
      return slot < 0 ? nil : values[Int(slot)]
    }
    set {
      guard let newValue else {
        slots[index] = -1
        return
      }
      let slot = slots[index]
      if slot < 0 {
        slots[index] = Int32(values.count)
        values.append(newValue)
      } else {
        values[Int(slot)] = newValue
      }
    }
  }
}
