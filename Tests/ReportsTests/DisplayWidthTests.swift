import Testing

@testable import Reports

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0), ("abc", 3), ("café", 4),
    ("cafe\u{301}", 4),  // e + combining acute: one column
    ("東京", 4), ("한국", 4),
    ("\u{1112}\u{1161}\u{11AB}", 2),  // 한 as decomposed jamo
    ("ｱｲ", 2),  // halfwidth katakana
    ("ＡＢ", 4),  // fullwidth Latin
    ("شركة", 4), ("مَرحَبًا", 5),  // Arabic, with vowel marks taking no column
    ("مكتبة الورّاق", 12),  // shadda: no column
    ("كـــتاب", 7),  // tatweel (U+0640): one column each, as it is drawn
    ("\u{2068}مكتبة\u{2069}", 5),  // the isolates around a name: none
    ("a\u{200B}b", 2),  // zero-width space
    ("a\u{200D}b", 2),  // zero-width joiner
    ("😀", 2), ("👍🏽", 2), ("🇫🇷", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("1️⃣", 2),
    ("\u{1B}[31m", 4),  // ESC takes none; the rest is printable
    ("…", 1), ("—", 1),
  ])
  func widthOf(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test(arguments: [
    ("Kettle & Crane Ltd", 12, "Kettle & Cr…"),
    ("Kettle & Crane Ltd", 9, "Kettle &…"),  // the space before the ellipsis is dropped
    ("Kettle & Crane Ltd", 18, "Kettle & Crane Ltd"),
    ("東京デザイン株式会社", 12, "東京デザイ…"),  // 11 columns: a wide character does not fit in the last one
    ("東京デザイン株式会社", 13, "東京デザイン…"),
    ("Café Société", 6, "Café…"),
    ("cafe\u{301} noir", 5, "cafe\u{301}…"),
    ("abc", 1, "…"),
    ("abc", 0, ""),
    // An isolated name cut short is closed again, after its ellipsis.
    ("\u{2068}شركة الأفق للتصميم\u{2069}", 8, "\u{2068}شركة ال…\u{2069}"),
  ])
  func truncation(text: String, width: Int, expected: String) {
    let cut = DisplayWidth.truncated(text, toWidth: width)
    #expect(cut == expected)
    #expect(DisplayWidth.of(cut) <= width)
  }
}
