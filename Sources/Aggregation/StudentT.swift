/// The 97.5% quantile of Student's t distribution, for 95% two-sided intervals.
public enum StudentT {
  static let table: [Double] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
  ]

  /// Exact to three decimals up to 30 degrees of freedom; beyond, a series in 1/df.
  public static func quantile975(degreesOfFreedom df: Int) -> Double {
    precondition(df >= 1)
    if df <= table.count { return table[df - 1] }
    let inverse = 1 / Double(df)
    return 1.959964 + 2.372272 * inverse + 2.821288 * inverse * inverse
  }
}
