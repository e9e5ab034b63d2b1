/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast generator whose sequence depends on
/// its seed alone, so every run, platform and Swift version draws the same numbers.
public struct SplitMix64: Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= SplitMix64.increment
    return SplitMix64.finalize(state)
  }

  static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// SplitMix64's finaliser: a well-spread 64-bit mix of a value.
  static func finalize(_ value: UInt64) -> UInt64 {
    var mixed = value
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject, without modulo bias).
  public mutating func next(below bound: Int) -> Int {
    precondition(bound > 0)
    let limit = UInt64(bound)
    var product = next().multipliedFullWidth(by: limit)
    if product.low < limit {
      let threshold = (0 &- limit) % limit
      while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
    }
    return Int(product.high)
  }
}
