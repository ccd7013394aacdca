import Domain
import Testing

@Suite struct ClientKeyTests {
  @Test(arguments: [
    ("ACME, Inc.", "Acme Inc"), ("  acme   inc ", "Acme Inc"), ("ＡＣＭＥ Inc", "acme inc"), ("Café", "CAFÉ"),
    ("Straße", "STRASSE"),
  ])
  func spellingsOfOneClientShareAKey(a: String, b: String) {
    #expect(ClientKey(a) == ClientKey(b))
  }

  @Test func differentClientsStayApart() {
    #expect(ClientKey("Acme") != ClientKey("Acme Labs"))
  }

  /// Keys are compared and hashed by their bytes: equal bytes, equal keys and hashes, whether the
  /// key is empty, short or long enough to live apart from the key value.
  @Test func keysAreEqualExactlyWhenTheirBytesAre() {
    let names = ["", "a", "b", "Zoë Café", "Kettle & Crane GmbH Consulting", "Kettle & Crane GmbH Consultinh"]
    for a in names {
      for b in names {
        #expect((ClientKey(a) == ClientKey(b)) == (a == b), "\(a) vs \(b)")
        if a == b { #expect(ClientKey(a).hashValue == ClientKey(String(b.reversed().reversed())).hashValue) }
      }
    }
  }

  @Test func aliasesMapSpellingsOntoTheirTarget() {
    var directory = ClientDirectory(aliases: ["ACME Corporation": "Acme"])
    let key = directory.key(for: "Acme Corporation")
    #expect(key == ClientKey("acme"))
    #expect(directory.displayName(for: key) == "Acme")
  }

  @Test func theNameShownIsTheSpellingSeenMostOftenTiesSortFirst() {
    var directory = ClientDirectory()
    _ = directory.key(for: "bluebird bakery")
    _ = directory.key(for: "Bluebird Bakery")
    _ = directory.key(for: "Bluebird Bakery")
    let key = directory.key(for: "BLUEBIRD BAKERY")
    #expect(directory.displayName(for: key) == "Bluebird Bakery")
    var tie = ClientDirectory()
    _ = tie.key(for: "b co")
    let tied = tie.key(for: "B Co")
    #expect(tie.displayName(for: tied) == "B Co")
  }
}
