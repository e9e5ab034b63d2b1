import Aggregation
import StanceCore

extension SeriesAggregator {
  /// Adds a scored statement of an unnamed document, with no text (so never a duplicate), in order.
  public mutating func add(_ statement: ScoredStatement, date: DocumentDate?) {
    add(statement, document: "doc", date: date, text: "", order: counts.counted + counts.unresolved)
  }
}
