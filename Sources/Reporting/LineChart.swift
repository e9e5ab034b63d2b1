import Aggregation

/// A plain-text line chart of several actors' mean tone per period, overlaid: one letter per actor
/// (upper case, or lower case for a period below the minimum count), dots joining an actor's
/// neighbouring periods, the zero line, a tone axis from -1 to +1 and the period labels.
struct LineChart {
  var actors: [ActorRow]
  var series: [SeriesRow]
  var minimumCount: Int
  /// Columns available for the plot, after the axis labels.
  var plotWidth = 84
  /// Rows from +1 to -1, in steps of 2 / (rows - 1).
  var rows = 21

  static let markers = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

  func render(title: String) -> [String] {
    let byActor = Dictionary(grouping: series.filter { $0.period != "undated" }, by: \.actor)
    var periods = Set<String>()
    for actor in actors { for row in byActor[actor.actor] ?? [] { periods.insert(row.period) } }
    var ordered = periods.sorted(by: SeriesAggregator.periodOrder)
    guard !actors.isEmpty, !ordered.isEmpty else { return [title, "  (no dated statements by a charted actor)"] }
    var lines = [title]
    if ordered.count > plotWidth / 2 {
      lines.append("  (the last \(plotWidth / 2) of \(ordered.count) periods; all are in series.csv)")
      ordered = Array(ordered.suffix(plotWidth / 2))
    }
    let columnWidth = max(2, min(28, plotWidth / ordered.count))
    let width = columnWidth * ordered.count
    var grid = [[Character]](repeating: [Character](repeating: " ", count: width), count: rows)
    let zeroRow = rows / 2
    for column in 0..<width { grid[zeroRow][column] = "-" }

    func row(_ value: Double) -> Int {
      Int(((1 - max(-1, min(1, value))) / 2 * Double(rows - 1)).rounded())
    }
    func center(_ index: Int) -> Int { index * columnWidth + columnWidth / 2 }
    let periodIndex = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })

    // Dots first, so that markers are drawn over them.
    var points: [[(column: Int, row: Int, marker: Character)]] = []
    for (number, actor) in actors.enumerated() {
      let letter = LineChart.markers[number % LineChart.markers.count]
      let cells = (byActor[actor.actor] ?? []).compactMap { cell -> (Int, Int, Character)? in
        guard let index = periodIndex[cell.period] else { return nil }
        let sparse = cell.summary.count < minimumCount
        return (center(index), row(cell.summary.mean), sparse ? Character(letter.lowercased()) : letter)
      }
      points.append(cells.map { (column: $0.0, row: $0.1, marker: $0.2) })
      for (left, right) in zip(cells, cells.dropFirst()) where right.0 - left.0 > 1 {
        for column in (left.0 + 1)..<right.0 {
          let fraction = Double(column - left.0) / Double(right.0 - left.0)
          let at = Int((Double(left.1) + fraction * Double(right.1 - left.1)).rounded())
          if grid[at][column] == " " || grid[at][column] == "-" { grid[at][column] = "." }
        }
      }
    }
    for actorPoints in points {
      for point in actorPoints {
        let existing = grid[point.row][point.column]
        grid[point.row][point.column] = existing.isLetter && existing != point.marker ? "&" : point.marker
      }
    }

    for (index, cells) in grid.enumerated() {
      let value = 1 - 2 * Double(index) / Double(rows - 1)
      let label = index % 5 == 0 ? (value > 0 ? "+" : value < 0 ? "" : " ") + Formatting.fixed(value, 1) : ""
      lines.append(trimmedRight(lpad(label, 6) + " |" + String(cells)))
    }
    lines.append(String(repeating: " ", count: 7) + "+" + String(repeating: "-", count: width))
    var axis = [Character](repeating: " ", count: width + 12)
    var nextFree = 0
    for (index, period) in ordered.enumerated() {
      let start = max(0, center(index) - period.count / 2)
      guard start >= nextFree else { continue }
      for (offset, character) in period.enumerated() where start + offset < axis.count {
        axis[start + offset] = character
      }
      nextFree = start + period.count + 1
    }
    lines.append(trimmedRight(String(repeating: " ", count: 8) + String(axis)))
    var legend: [String] = []
    for (number, actor) in actors.enumerated() {
      legend.append(
        "\(LineChart.markers[number % LineChart.markers.count]) \(clip(actor.name, 30)) (\(actor.summary.count))")
    }
    legend.append("lower case: fewer than \(minimumCount) statements")
    legend.append("& several actors")
    lines += wrap(legend.joined(separator: " · "), width: 90).map { "  " + $0 }
    return lines
  }
}

/// The text without its trailing spaces.
func trimmedRight(_ text: String) -> String {
  var text = text
  while text.last == " " { text.removeLast() }
  return text
}
