/// A hand-written argument parser: each command declares a table of options, from which both
/// parsing and `--help` are generated.
struct OptionSpec {
  enum Kind { case flag, value(String) }
  var name: String
  var kind: Kind
  var help: String
}

struct CommandSpec {
  var name: String
  var summary: String
  var usage: String
  var options: [OptionSpec]
  var discussion: String = ""

  var help: String {
    var lines = ["USAGE: \(usage)", "", summary]
    if !discussion.isEmpty { lines += ["", discussion] }
    lines += ["", "OPTIONS:"]
    for option in options + [OptionSpec(name: "help", kind: .flag, help: "Show this help.")] {
      var label = "--\(option.name)"
      if case .value(let placeholder) = option.kind { label += " \(placeholder)" }
      lines.append("  " + label.padding(toLength: max(label.count, 24)) + "  " + option.help)
    }
    return lines.joined(separator: "\n")
  }
}

/// Parsed arguments: option values by name, flags, and positional arguments in order.
struct ParsedArguments {
  var values: [String: String] = [:]
  /// Every value of each option, in order, for options that may be repeated (`--overlay A --overlay B`).
  var repeatedValues: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []
  var wantsHelp = false

  init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
        if argument == "-h" && !onlyPositionals {
          wantsHelp = true
          continue
        }
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String? = nil
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if name == "help" {
        wantsHelp = true
        continue
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        throw UsageError("unknown option '--\(name)' for '\(spec.name)' (see stance \(spec.name) --help)")
      }
      switch option.kind {
      case .flag:
        guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
        flags.insert(name)
      case .value(let placeholder):
        if let inlineValue {
          values[name] = inlineValue
        } else {
          guard index < arguments.count else { throw UsageError("--\(name) needs a value (\(placeholder))") }
          values[name] = arguments[index]
          index += 1
        }
        repeatedValues[name, default: []].append(values[name]!)
      }
    }
  }
}

struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
