import StanceCore

/// `manifest.csv` beside a folder of text files: file, date, source, title for each file.
struct Manifest {
  struct Entry {
    var date: DocumentDate?
    var source: String?
    var title: String?
  }

  var entries: [String: Entry] = [:]

  /// Parses the manifest; problems become warnings located by line, never failures.
  init(text: String, path: String, warnings: inout [CorpusWarning]) {
    let rows: [CSVParser.Row]
    do {
      // Spreadsheets often save a byte-order mark first.
      rows = try CSVParser.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    } catch {
      warnings.append(CorpusWarning(location: "\(path):\(error.line)", message: "\(error.message); manifest ignored"))
      return
    }
    guard let header = rows.first else { return }
    let columns = header.fields.map { $0.trimmingSpaces().lowercased() }
    guard let fileColumn = columns.firstIndex(of: "file") else {
      warnings.append(CorpusWarning(location: "\(path):\(header.line)", message: "no 'file' column; manifest ignored"))
      return
    }
    let dateColumn = columns.firstIndex(of: "date")
    let sourceColumn = columns.firstIndex(of: "source")
    let titleColumn = columns.firstIndex(of: "title")
    for row in rows.dropFirst() {
      func field(_ column: Int?) -> String? {
        guard let column, column < row.fields.count else { return nil }
        let value = row.fields[column].trimmingSpaces()
        return value.isEmpty ? nil : value
      }
      guard let file = field(fileColumn) else {
        warnings.append(CorpusWarning(location: "\(path):\(row.line)", message: "row without a file name; ignored"))
        continue
      }
      if file.contains("/") || file.contains("\\") || file == ".." || file.hasPrefix(".") {
        warnings.append(
          CorpusWarning(
            location: "\(path):\(row.line)", message: "'\(file)' is not a file name in this folder; refused"))
        continue
      }
      var date: DocumentDate? = nil
      if let raw = field(dateColumn) {
        date = DocumentDate(parsing: raw)
        if date == nil {
          warnings.append(
            CorpusWarning(location: "\(path):\(row.line)", message: "unreadable date '\(raw)'; \(file) is undated"))
        }
      }
      if entries[file] != nil {
        warnings.append(
          CorpusWarning(location: "\(path):\(row.line)", message: "'\(file)' listed again; the later row wins"))
      }
      entries[file] = Entry(date: date, source: field(sourceColumn), title: field(titleColumn))
    }
  }
}
