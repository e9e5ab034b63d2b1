/// One SVG element: a name, attributes in the order given, and children or text.
public struct SVGElement: Sendable, Equatable {
  public var name: String
  public var attributes: [Attribute]
  public var children: [SVGElement]
  /// Character content, written escaped (an element has text or children, not both).
  public var text: String?

  public struct Attribute: Sendable, Equatable {
    public var name: String
    public var value: String
  }

  public init(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil, children: [SVGElement] = []) {
    self.name = name
    self.attributes = attributes.map { Attribute(name: $0.0, value: $0.1) }
    self.children = children
    self.text = text
  }
}

/// Writes SVG elements as XML: one element a line, indented by depth, text and attribute values
/// escaped, so that any name or label gives well-formed XML.
public enum SVGWriter {
  /// The whole document: the XML declaration and the root element.
  public static func document(_ root: SVGElement) -> String {
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    write(root, depth: 0, into: &output)
    return output
  }

  static func write(_ element: SVGElement, depth: Int, into output: inout String) {
    output += String(repeating: "  ", count: depth) + "<" + element.name
    for attribute in element.attributes { output += " \(attribute.name)=\"\(escape(attribute.value))\"" }
    if let text = element.text {
      output += ">" + escape(text) + "</\(element.name)>\n"
    } else if element.children.isEmpty {
      output += "/>\n"
    } else {
      output += ">\n"
      for child in element.children { write(child, depth: depth + 1, into: &output) }
      output += String(repeating: "  ", count: depth) + "</\(element.name)>\n"
    }
  }

  /// Text safe in XML content and in double-quoted attributes. Control characters that XML 1.0
  /// forbids (all below U+0020 but tab, line feed and carriage return) become spaces.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result += "&#\(scalar.value);"
      case "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
      default:
        if scalar.value < 0x20 { result += " " } else { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }
}
