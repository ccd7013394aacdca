/// One language's side of a `LocalizedText`: literal text and typed arguments, written as a
/// string literal with labelled interpolations, `"Loses \(money: loss) a month"`.
///
/// A plain `String` cannot be interpolated: text from the data goes in as `name:` or `path:`, a
/// code as `code:`, another sentence as a `LocalizedText`; so no untranslated text can slip into
/// a template unseen.
public struct Template: Sendable, Hashable, ExpressibleByStringInterpolation {
  /// A piece of the template.
  public enum Piece: Sendable, Hashable {
    case literal(String)
    case argument(TextArgument)
  }

  public private(set) var pieces: [Piece]

  public init(pieces: [Piece]) { self.pieces = pieces }

  public init(stringLiteral value: String) {
    pieces = value.isEmpty ? [] : [.literal(value)]
  }

  public init(stringInterpolation: StringInterpolation) {
    pieces = stringInterpolation.pieces
  }

  /// The literal text, the arguments left out: what the catalog checks.
  public var literals: String {
    pieces.reduce(into: "") { text, piece in
      if case .literal(let literal) = piece { text += literal }
    }
  }

  public var isEmpty: Bool { pieces.isEmpty }

  /// The template written in `locale`.
  func rendered(in locale: TextLocale) -> String {
    pieces.reduce(into: "") { text, piece in
      switch piece {
      case .literal(let literal): text += literal
      case .argument(let argument): text += argument.rendered(in: locale)
      }
    }
  }

  /// One template after the other: for a sentence too long for one source line.
  public static func + (lhs: Template, rhs: Template) -> Template {
    Template(pieces: lhs.pieces + rhs.pieces)
  }

  /// Builds a template from a literal with interpolations.
  public struct StringInterpolation: StringInterpolationProtocol {
    public private(set) var pieces: [Piece] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      pieces.reserveCapacity(interpolationCount * 2 + 1)
    }

    public mutating func appendLiteral(_ literal: String) {
      if !literal.isEmpty { pieces.append(.literal(literal)) }
    }

    public mutating func appendInterpolation(_ argument: TextArgument) {
      pieces.append(.argument(argument))
    }

    /// Another text, in the same language.
    public mutating func appendInterpolation(_ text: LocalizedText) {
      pieces.append(.argument(.text(text)))
    }

    /// Text from the data: a client's name, a note.
    public mutating func appendInterpolation(name: String) {
      pieces.append(.argument(.name(name)))
    }

    /// A file's path.
    public mutating func appendInterpolation(path: String) {
      pieces.append(.argument(.name(path)))
    }

    /// A code, a key, an option, a format's name.
    public mutating func appendInterpolation(code: String) {
      pieces.append(.argument(.code(code)))
    }

    /// A whole count and the noun it counts.
    public mutating func appendInterpolation(
      count: Int, _ noun: CountedNoun, _ grammaticalCase: CountedNoun.Case = .nominative
    ) {
      pieces.append(.argument(.count(DecimalNumber(count), noun, grammaticalCase)))
    }

    /// A count with decimals (`2.5 months`) and the noun it counts.
    public mutating func appendInterpolation(
      count: DecimalNumber, _ noun: CountedNoun, _ grammaticalCase: CountedNoun.Case = .nominative
    ) {
      pieces.append(.argument(.count(count, noun, grammaticalCase)))
    }

    /// A whole number, grouped by thousands.
    public mutating func appendInterpolation(number: Int) {
      pieces.append(.argument(.number(DecimalNumber(number), grouped: true)))
    }

    /// A whole number without grouping, as programs and line numbers write it: `1393`.
    public mutating func appendInterpolation(plain number: Int) {
      pieces.append(.argument(.number(DecimalNumber(number), grouped: false)))
    }

    /// A number as it is shown, grouped by thousands.
    public mutating func appendInterpolation(number: DecimalNumber) {
      pieces.append(.argument(.number(number, grouped: true)))
    }

    /// Texts joined as a list.
    public mutating func appendInterpolation(list: [LocalizedText], _ style: TextArgument.ListStyle = .and) {
      pieces.append(.argument(.list(list, style)))
    }

    public mutating func appendInterpolation(money: MoneyAmount) {
      pieces.append(.argument(.money(money)))
    }

    public mutating func appendInterpolation(day: CalendarDay, _ style: CalendarDay.Style = .iso) {
      pieces.append(.argument(.day(day, style)))
    }

    public mutating func appendInterpolation(period: TrendLabel) {
      pieces.append(.argument(.period(period)))
    }
  }
}
