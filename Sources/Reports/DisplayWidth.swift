import Localization

/// How many terminal columns text takes, so tables line up whatever script a client's name is in.
///
/// East Asian wide and fullwidth characters and emoji take two columns; combining marks (the
/// Arabic harakat, shadda and sukun among them), zero-width and format characters (the
/// directional isolates around names) take none; everything else takes one, the Arabic tatweel
/// (ـ) included. This follows
/// Markus Kuhn's `wcwidth` with the emoji presentation property added, which is what common
/// terminals do. Widths are counted per grapheme cluster (a `Character`), capped at two, so a
/// base letter with accents or an emoji sequence joined by ZWJ counts once.
public enum DisplayWidth {
  /// The columns `text` takes.
  public static func of(_ text: some StringProtocol) -> Int {
    // Printable ASCII, most of what a table holds, takes a column a byte: no Unicode lookups.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The columns one grapheme cluster takes: 0, 1 or 2.
  static func of(_ character: Character) -> Int {
    var width = 0
    var emoji = false
    for scalar in character.unicodeScalars {
      width += of(scalar)
      // VS16 asks for the emoji (two-column) presentation of the character before it.
      if scalar == "\u{FE0F}" { emoji = true }
    }
    if emoji, character.unicodeScalars.first?.properties.isEmoji == true { return 2 }
    return min(width, 2)
  }

  /// The columns one scalar takes on its own.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    // Hangul medial vowels and final consonants combine with the leading consonant before them.
    if (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// `text` cut to at most `width` columns, ending in `…` when anything was cut.
  ///
  /// Cuts between grapheme clusters, never inside one, and drops white space before the ellipsis;
  /// an isolated name (`BidiIsolate`) cut short is closed again after its ellipsis.
  static func truncated(_ text: String, toWidth width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var kept = ""
    var used = 0
    for character in text {
      let columns = of(character)
      if used + columns > width - 1 { break }
      kept.append(character)
      used += columns
    }
    while let last = kept.last, last.isWhitespace { kept.removeLast() }
    return BidiIsolate.closed(kept + "…")
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, condensed to
  /// whole blocks as `wcwidth` implementations do.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo leading consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals … CJK symbols and punctuation (U+303F is narrow)
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
    0x3400...0x4DBF,  // CJK unified ideographs extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
    0x1F300...0x1F64F,  // pictographs and emoticons
    0x1F900...0x1F9FF,  // supplemental symbols and pictographs
    0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK extensions G–H
  ]
}
