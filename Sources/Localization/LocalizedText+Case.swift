extension LocalizedText {
  /// The text with its English words in lower case (`Monthly profit` → `monthly profit`), as a
  /// label reads inside a line; Arabic has no case.
  public var lowercased: LocalizedText {
    .pair(english.mappingLiterals { $0.lowercased() }, arabic)
  }

  /// The text with its first English letter in upper case, as a line starts; Arabic has no case.
  public var capitalized: LocalizedText {
    .pair(english.capitalizingFirst, arabic)
  }
}

extension Template {
  func mappingLiterals(_ transform: (String) -> String) -> Template {
    Template(
      pieces: pieces.map { piece in
        if case .literal(let text) = piece { return .literal(transform(text)) }
        return piece
      })
  }

  /// The template with its first letter upper-cased, looking inside a leading nested text.
  var capitalizingFirst: Template {
    guard let first = pieces.first else { return self }
    var rest = Array(pieces.dropFirst())
    switch first {
    case .literal(let text):
      rest.insert(.literal(text.prefix(1).uppercased() + text.dropFirst()), at: 0)
    case .argument(.text(let nested)):
      rest.insert(.argument(.text(nested.capitalized)), at: 0)
    case .argument:
      rest.insert(first, at: 0)
    }
    return Template(pieces: rest)
  }
}
