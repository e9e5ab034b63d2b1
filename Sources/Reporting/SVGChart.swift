import Aggregation
import StanceCore

/// chart.svg: each actor's mean tone by period as a line, its 95% t-interval as a translucent
/// band, the zero line and labelled axes. Periods with fewer than `minimumCount` statements are
/// hollow markers joined by dashes, never by the solid line. Undated statements are not drawn.
///
/// Output depends on the rows alone: fixed number formatting, actors and periods in a fixed order.
public struct SVGChart: Sendable {
  public var period: Period
  public var minimumCount: Int
  /// The actors with most statements are charted, at most this many.
  public var maximumActors: Int
  /// The effective lexicon, written in the chart's description.
  public var lexiconIdentifier: String?

  public init(period: Period, minimumCount: Int = 3, maximumActors: Int = 6, lexiconIdentifier: String? = nil) {
    self.period = period
    self.minimumCount = minimumCount
    self.maximumActors = maximumActors
    self.lexiconIdentifier = lexiconIdentifier
  }

  static let width = 860.0
  static let height = 440.0
  static let left = 64.0
  static let right = 230.0
  static let top = 56.0
  static let bottom = 64.0
  /// Okabe–Ito colours, distinguishable with colour-blindness.
  static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

  static var plotWidth: Double { width - left - right }
  static var plotHeight: Double { height - top - bottom }

  /// The chart of the `maximumActors` actors with most statements (`actors` is in that order).
  public func render(series: [SeriesRow], actors: [ActorRow]) -> String {
    let byActor = Dictionary(grouping: series.filter { $0.period != "undated" }, by: \.actor)
    let charted = actors.filter { byActor[$0.actor] != nil }.prefix(maximumActors)
    let periods = evenlySpaced(
      Set(charted.flatMap { byActor[$0.actor]!.map(\.period) }).sorted(by: SeriesAggregator.periodOrder))
    let column = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($0.element, $0.offset) })
    var children = frame(title: "Tone by \(period.rawValue)", periods: periods)
    for (index, actor) in charted.enumerated() {
      let rows = byActor[actor.actor]!.sorted { column[$0.period]! < column[$1.period]! }
      let color = SVGChart.colors[index % SVGChart.colors.count]
      children.append(actorGroup(actor, rows: rows, column: column, columns: periods.count, color: color))
      children.append(legendEntry(actor, index: index, color: color))
    }
    if charted.isEmpty {
      children.append(
        SVGElement(
          "text",
          [
            ("class", "empty"), ("x", number(SVGChart.left + SVGChart.plotWidth / 2)),
            ("y", number(SVGChart.top + SVGChart.plotHeight / 2 - 8)), ("text-anchor", "middle"),
          ], text: "no dated statements"))
    }
    let root = SVGElement(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("width", number(SVGChart.width)),
        ("height", number(SVGChart.height)), ("viewBox", "0 0 \(number(SVGChart.width)) \(number(SVGChart.height))"),
        ("font-family", "sans-serif"), ("font-size", "12"),
      ], children: children)
    return SVGWriter.document(root)
  }

  /// Years, quarters and months without statements still get their place on the axis, so that the
  /// distance between two points is the time between them (up to 240 places; other periods, or
  /// labels of mixed precision, are left as they are).
  func evenlySpaced(_ labels: [String]) -> [String] {
    let indices = labels.map(periodIndex)
    guard let first = indices.first, let last = indices.last, indices.allSatisfy({ $0 != nil }),
      last! - first! < 240
    else { return labels }
    return (first!...last!).map(periodLabel)
  }

  /// A running index of a year, quarter or month label of this chart's period ("2021-Q3": 2021 × 4 + 2).
  func periodIndex(_ label: String) -> Int? {
    let bytes = Array(label.utf8)
    func digits(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
      return bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    guard let year = digits(0..<4) else { return nil }
    switch period {
    case .year where bytes.count == 4: return year
    case .quarter where bytes.count == 7 && bytes[4] == 0x2D && bytes[5] == UInt8(ascii: "Q"):
      guard let quarter = digits(6..<7), (1...4).contains(quarter) else { return nil }
      return year * 4 + quarter - 1
    case .month where bytes.count == 7 && bytes[4] == 0x2D:
      guard let month = digits(5..<7), (1...12).contains(month) else { return nil }
      return year * 12 + month - 1
    default: return nil
    }
  }

  /// The label of a running index (the inverse of `periodIndex`), as `Period` labels its dates.
  func periodLabel(_ index: Int) -> String {
    switch period {
    case .quarter: return period.label(for: DocumentDate(year: index / 4, month: index % 4 * 3 + 1))
    case .month: return period.label(for: DocumentDate(year: index / 12, month: index % 12 + 1))
    default: return period.label(for: DocumentDate(year: index))
    }
  }

  func x(_ column: Int, of columns: Int) -> Double {
    SVGChart.left + (Double(column) + 0.5) * SVGChart.plotWidth / Double(max(columns, 1))
  }

  func y(_ tone: Double) -> Double {
    SVGChart.top + (1 - max(-1, min(1, tone))) / 2 * SVGChart.plotHeight
  }

  func number(_ value: Double) -> String { Formatting.fixed(value, 1) }

  /// Background, title, axes with their labels, grid and the zero line.
  func frame(title: String, periods: [String]) -> [SVGElement] {
    let plotRight = SVGChart.left + SVGChart.plotWidth
    let plotBottom = SVGChart.top + SVGChart.plotHeight
    var elements: [SVGElement] = lexiconIdentifier.map { [SVGElement("desc", text: "stance lexicon \($0)")] } ?? []
    elements += [
      SVGElement(
        "rect", [("width", number(SVGChart.width)), ("height", number(SVGChart.height)), ("fill", "#FFFFFF")]),
      SVGElement(
        "text", [("class", "title"), ("x", number(SVGChart.left)), ("y", "24"), ("font-size", "16")], text: title),
      SVGElement(
        "text", [("class", "subtitle"), ("x", number(SVGChart.left)), ("y", "42"), ("fill", "#555555")],
        text: "Mean tone with its 95% t-interval (band); hollow markers: fewer than \(minimumCount) statements"),
    ]
    for tick in [-1.0, -0.5, 0, 0.5, 1] {
      let label = tick > 0 ? "+" + Formatting.weight(tick) : Formatting.weight(tick)
      elements.append(
        SVGElement(
          "line",
          [
            ("class", tick == 0 ? "zero" : "grid"), ("x1", number(SVGChart.left)), ("y1", number(y(tick))),
            ("x2", number(plotRight)), ("y2", number(y(tick))), ("stroke", tick == 0 ? "#444444" : "#E5E5E5"),
          ] + (tick == 0 ? [("stroke-dasharray", "4 3")] : [])))
      elements.append(
        SVGElement(
          "text",
          [("class", "tick"), ("x", number(SVGChart.left - 8)), ("y", number(y(tick) + 4)), ("text-anchor", "end")],
          text: label))
    }
    elements.append(
      SVGElement(
        "line",
        [
          ("class", "axis"), ("x1", number(SVGChart.left)), ("y1", number(plotBottom)), ("x2", number(plotRight)),
          ("y2", number(plotBottom)), ("stroke", "#444444"),
        ]))
    // Period labels, thinned so that they do not overlap.
    let step = max(1, Int((Double(periods.count) * 64 / SVGChart.plotWidth).rounded(.up)))
    for (index, label) in periods.enumerated() where index % step == 0 {
      elements.append(
        SVGElement(
          "text",
          [
            ("class", "period"), ("x", number(x(index, of: periods.count))), ("y", number(plotBottom + 18)),
            ("text-anchor", "middle"),
          ], text: label))
    }
    elements.append(
      SVGElement(
        "text",
        [
          ("class", "axis-label"), ("x", number(SVGChart.left + SVGChart.plotWidth / 2)),
          ("y", number(SVGChart.height - 16)), ("text-anchor", "middle"),
        ], text: period.rawValue))
    let middle = number(SVGChart.top + SVGChart.plotHeight / 2)
    elements.append(
      SVGElement(
        "text",
        [
          ("class", "axis-label"), ("x", "18"), ("y", middle), ("text-anchor", "middle"),
          ("transform", "rotate(-90 18 \(middle))"),
        ], text: "tone: -1 confrontational … +1 conciliatory"))
    return elements
  }

  /// One actor: interval bands, the solid line, dashed links to sparse periods, and the markers.
  func actorGroup(_ actor: ActorRow, rows: [SeriesRow], column: [String: Int], columns: Int, color: String)
    -> SVGElement
  {
    let points = rows.map { row in
      (
        x: x(column[row.period]!, of: columns), y: y(row.summary.mean), row: row,
        isSparse: row.summary.count < minimumCount
      )
    }
    var children: [SVGElement] = []
    // Bands over runs of consecutive solid periods with an interval.
    var run: [(x: Double, low: Double, high: Double)] = []
    func closeRun() {
      defer { run.removeAll() }
      guard let first = run.first else { return }
      if run.count == 1 {
        children.append(
          SVGElement(
            "rect",
            [
              ("class", "band"), ("x", number(first.x - 5)), ("y", number(first.high)), ("width", "10"),
              ("height", number(first.low - first.high)), ("fill", color), ("fill-opacity", "0.18"),
            ]))
        return
      }
      let upper = run.enumerated().map {
        "\($0.offset == 0 ? "M" : "L")\(number($0.element.x)) \(number($0.element.high))"
      }
      let lower = run.reversed().map { "L\(number($0.x)) \(number($0.low))" }
      children.append(
        SVGElement(
          "path",
          [
            ("class", "band"), ("d", (upper + lower).joined(separator: " ") + " Z"), ("fill", color),
            ("fill-opacity", "0.18"), ("stroke", "none"),
          ]))
    }
    for point in points {
      if !point.isSparse, let interval = point.row.summary.interval {
        run.append((point.x, y(interval.low), y(interval.high)))
      } else {
        closeRun()
      }
    }
    closeRun()
    // The solid line joins neighbouring solid periods; a link touching a sparse period is dashed.
    var solid = ""
    var dashed: [String] = []
    for index in points.indices.dropFirst() {
      let previous = points[index - 1]
      let next = points[index]
      let from = "\(number(previous.x)) \(number(previous.y))"
      let to = "\(number(next.x)) \(number(next.y))"
      if previous.isSparse || next.isSparse {
        dashed.append("M\(from) L\(to)")
      } else if index >= 2, !points[index - 2].isSparse {
        solid += " L\(to)"
      } else {
        solid += (solid.isEmpty ? "" : " ") + "M\(from) L\(to)"
      }
    }
    children.append(
      SVGElement(
        "path",
        [("class", "line"), ("d", solid), ("fill", "none"), ("stroke", color), ("stroke-width", "2")]))
    if !dashed.isEmpty {
      children.append(
        SVGElement(
          "path",
          [
            ("class", "sparse-link"), ("d", dashed.joined(separator: " ")), ("fill", "none"), ("stroke", color),
            ("stroke-width", "1"), ("stroke-dasharray", "3 3"),
          ]))
    }
    for point in points {
      let summary = point.row.summary
      let tooltip =
        "\(actor.name) · \(point.row.period): mean \(Formatting.fixed(summary.mean, 3)), n \(summary.count)"
      children.append(
        SVGElement(
          "circle",
          [
            ("class", point.isSparse ? "point sparse" : "point"), ("cx", number(point.x)), ("cy", number(point.y)),
            ("r", "3.5"), ("fill", point.isSparse ? "#FFFFFF" : color), ("stroke", color), ("stroke-width", "1.5"),
          ], children: [SVGElement("title", text: tooltip)]))
    }
    return SVGElement("g", [("class", "actor"), ("data-actor", actor.actor)], children: children)
  }

  /// The legend entry of one actor: a swatch and the name with its number of statements.
  func legendEntry(_ actor: ActorRow, index: Int, color: String) -> SVGElement {
    let x = SVGChart.left + SVGChart.plotWidth + 20
    let y = SVGChart.top + 10 + Double(index) * 22
    return SVGElement(
      "g", [("class", "legend")],
      children: [
        SVGElement(
          "line",
          [
            ("x1", number(x)), ("y1", number(y)), ("x2", number(x + 22)), ("y2", number(y)), ("stroke", color),
            ("stroke-width", "2"),
          ]),
        SVGElement(
          "text", [("x", number(x + 30)), ("y", number(y + 4))],
          text: clip(actor.name, 24) + " (n=\(actor.summary.count))"),
      ])
  }
}
