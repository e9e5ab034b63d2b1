import Foundation
import StanceCore
import Testing

@testable import Aggregation
@testable import Reporting

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads an SVG document with Foundation's strict XML parser and keeps every element.
final class SVGTree: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text = ""
    /// Names of the enclosing elements, outermost first.
    var path: [String]
  }

  var elements: [Element] = []
  var open: [Int] = []
  var error: Error?

  init(_ svg: String) {
    super.init()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    elements.append(Element(name: name, attributes: attributes, path: open.map { elements[$0].name }))
    open.append(elements.count - 1)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    open.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let current = open.last { elements[current].text += string }
  }

  func all(_ name: String, class className: String? = nil) -> [Element] {
    elements.filter { $0.name == name && (className == nil || $0.attributes["class"] == className) }
  }
}

@Suite struct SVGChartTests {
  static func row(_ actor: String, _ name: String, _ period: String, _ scores: [Double]) -> SeriesRow {
    var summary = ScoreSummary()
    for score in scores { summary.add(score: score, label: score < 0 ? .confrontational : .conciliatory) }
    return SeriesRow(actor: actor, name: name, period: period, summary: summary)
  }

  static func actor(_ id: String, _ name: String, _ rows: [SeriesRow]) -> ActorRow {
    var summary = ScoreSummary()
    for row in rows where row.actor == id { summary.merge(row.summary) }
    let group = ActorGrouping.Group(key: id, name: name, kind: "person", affiliation: "")
    return ActorRow(group: group, summary: summary)
  }

  /// Lavrov over four months, one of them sparse; a speaker whose name needs escaping over two.
  static let series = [
    row("lavrov", "Sergey Lavrov", "2021-11", [-0.6, -0.2, -0.4]),
    row("lavrov", "Sergey Lavrov", "2021-12", [-0.5, 0.1, -0.3, -0.1]),
    row("lavrov", "Sergey Lavrov", "2022-01", [0.2]),
    row("lavrov", "Sergey Lavrov", "2022-02", [0.3, 0.5, 0.1]),
    row("lavrov", "Sergey Lavrov", "undated", [0.9, 0.8, 0.7]),
    row("AT&T <Press> \"Office\"", "AT&T <Press> \"Office\"", "2021-12", [0.4, 0.6, 0.5]),
    row("AT&T <Press> \"Office\"", "AT&T <Press> \"Office\"", "2022-01", [0.2, 0.0, 0.1]),
  ]

  static let actors = [
    actor("lavrov", "Sergey Lavrov", series), actor("AT&T <Press> \"Office\"", "AT&T <Press> \"Office\"", series),
  ]

  func render(maximumActors: Int = 6) -> String {
    SVGChart(period: .month, minimumCount: 3, maximumActors: maximumActors).render(
      series: Self.series, actors: Self.actors)
  }

  @Test func chartIsStrictXMLWithAPathAndBandsPerActor() throws {
    let tree = SVGTree(render())
    #expect(tree.error == nil)
    let root = try #require(tree.elements.first)
    #expect(root.name == "svg" && root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(root.attributes["viewBox"] == "0 0 860.0 440.0")
    let groups = tree.all("g", class: "actor")
    #expect(groups.map { $0.attributes["data-actor"] } == ["lavrov", "AT&T <Press> \"Office\""])
    #expect(tree.all("path", class: "line").count == 2)
    #expect(tree.all("path", class: "line").allSatisfy { $0.path.last == "g" })
    // Lavrov's solid run 2021-11 → 2021-12 is one band polygon; 2022-02 stands alone, a band bar.
    // The escaped actor's two solid months make one more band polygon.
    #expect(tree.all("path", class: "band").count == 2)
    #expect(tree.all("rect", class: "band").count == 1)
    #expect(tree.all("line", class: "zero").count == 1)
  }

  @Test func sparsePeriodsAreHollowAndJoinedOnlyByDashes() throws {
    let tree = SVGTree(render())
    let sparse = tree.all("circle", class: "point sparse")
    #expect(sparse.count == 1)
    #expect(sparse.first?.attributes["fill"] == "#FFFFFF")
    // Six dated periods in all: five solid markers and the sparse one.
    #expect(tree.all("circle", class: "point").count == 5)
    // Lavrov's solid line stops at 2021-12 and starts again nowhere (2022-02 has no solid neighbour).
    let lavrovLine = try #require(tree.all("path", class: "line").first?.attributes["d"])
    #expect(lavrovLine.split(separator: "M").count == 1)
    #expect(lavrovLine.split(separator: "L").count == 2)
    let links = try #require(tree.all("path", class: "sparse-link").first)
    #expect(links.attributes["stroke-dasharray"] == "3 3")
    #expect(links.attributes["d"]?.split(separator: "M").count == 2)
  }

  @Test func labelsNameTheAxesPeriodsAndActorsUndatedLeftOut() {
    let tree = SVGTree(render())
    let texts = tree.all("text").map(\.text)
    #expect(texts.contains("Tone by month"))
    #expect(["-1", "-0.5", "0", "+0.5", "+1"].allSatisfy(texts.contains))
    #expect(tree.all("text", class: "period").map(\.text) == ["2021-11", "2021-12", "2022-01", "2022-02"])
    #expect(texts.contains("month"))
    #expect(texts.contains("tone: -1 confrontational … +1 conciliatory"))
    #expect(texts.contains("Sergey Lavrov (n=14)"))
    // Escaped on the way out, the parser gives the name back exactly.
    #expect(texts.contains("AT&T <Press> \"Office\" (n=6)"))
    #expect(!texts.contains("undated"))
  }

  @Test func monthsWithoutStatementsKeepTheirPlaceOnTheAxis() {
    let rows = [
      Self.row("lavrov", "Sergey Lavrov", "2021-11", [-0.6, -0.2, -0.4]),
      Self.row("lavrov", "Sergey Lavrov", "2022-02", [0.3, 0.5, 0.1]),
    ]
    let months = SVGTree(
      SVGChart(period: .month).render(series: rows, actors: [Self.actor("lavrov", "Sergey Lavrov", rows)]))
    #expect(months.all("text", class: "period").map(\.text) == ["2021-11", "2021-12", "2022-01", "2022-02"])
    let chart = SVGChart(period: .quarter)
    #expect(chart.evenlySpaced(["2020-Q3", "2021-Q2"]) == ["2020-Q3", "2020-Q4", "2021-Q1", "2021-Q2"])
    // Labels of mixed precision (a year-only date under month) stay as they are.
    #expect(SVGChart(period: .month).evenlySpaced(["2021", "2021-03"]) == ["2021", "2021-03"])
    #expect(SVGChart(period: .year).evenlySpaced(["1999", "2001"]) == ["1999", "2000", "2001"])
  }

  @Test func onlyTheActorsWithMostStatementsAreCharted() {
    let tree = SVGTree(render(maximumActors: 1))
    #expect(tree.error == nil)
    #expect(tree.all("g", class: "actor").map { $0.attributes["data-actor"] } == ["lavrov"])
    #expect(tree.all("g", class: "legend").count == 1)
  }

  @Test func anEmptyRunIsStillAChart() {
    let tree = SVGTree(SVGChart(period: .year).render(series: [], actors: []))
    #expect(tree.error == nil)
    #expect(tree.all("text", class: "empty").first?.text == "no dated statements")
  }

  @Test func writerEscapesTextAndAttributesAndDropsForbiddenControls() {
    let element = SVGElement("text", [("data-x", "a\"b<c>&'d")], text: "1 < 2 & \u{01}bell\ttab")
    let xml = SVGWriter.document(SVGElement("svg", children: [element]))
    #expect(xml.contains(#"<text data-x="a&quot;b&lt;c&gt;&amp;&apos;d">1 &lt; 2 &amp;  bell&#9;tab</text>"#))
    let tree = SVGTree(xml)
    #expect(tree.error == nil)
    #expect(tree.all("text").first?.attributes["data-x"] == "a\"b<c>&'d")
  }
}
