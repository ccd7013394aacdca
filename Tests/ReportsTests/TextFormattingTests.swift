import Localization
import Testing

@testable import Reports

@Suite struct TextFormattingTests {
  @Test func markdownEscapesMarkupAndLineBreaks() {
    #expect(
      MarkdownText.escaped("A | B *c* _d_ [e](f) <g> `h` #1 $5 ~x~ &amp;")
        == ##"A \| B \*c\* \_d\_ \[e\](f) \<g\> \`h\` \#1 \$5 \~x\~ \&amp;"##)
    #expect(MarkdownText.escaped("two\nlines\r\nthree") == "two lines three")
    #expect(MarkdownText.escaped("back\\slash") == "back\\\\slash")
  }

  @Test func printableTextReplacesControls() {
    #expect(PrintableText.of("a\u{1B}[2Jb\tc\u{9B}") == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}")
    #expect(PrintableText.of("東京 é") == "東京 é")
    #expect(PrintableText.of("evil\u{202E}gnp.exe\u{2066}") == "evil\u{FFFD}gnp.exe\u{FFFD}")
    #expect(PrintableText.of("شركة\u{200F}") == "شركة\u{200F}")  // a right-to-left mark stays
  }

  @Test func wrapsByDisplayWidth() {
    #expect(TextWrap.lines("aa bb cc", width: 5) == ["aa bb", "cc"])
    #expect(TextWrap.lines("東京 東京 x", width: 9, indent: "  ", firstIndent: "- ") == ["- 東京", "  東京 x"])
    #expect(TextWrap.lines("averyveryverylongword b", width: 5) == ["averyveryverylongword", "b"])
    #expect(TextWrap.lines("", width: 5) == [""])
  }

  @Test func wrapsBetweenItemsFirst() {
    #expect(
      TextWrap.items(["Title as of 2026", "period: all", "USD"], width: 30) == [
        "Title as of 2026 · period: all", "USD",
      ])
    #expect(TextWrap.items(["a", "b"], width: 80) == ["a · b"])
    // An item longer than a line breaks at its spaces.
    #expect(
      TextWrap.items(["short", "a much longer item here"], width: 10) == ["short", "a much", "longer", "item here"])
  }

  @Test func ansiOnlyWithColour() {
    #expect(Emphasis.loss.apply(to: "x", color: true) == "\u{1B}[31mx\u{1B}[0m")
    #expect(Emphasis.loss.apply(to: "x", color: false) == "x")
    #expect(Emphasis.plain.apply(to: "x", color: true) == "x")
  }
}
