/// Something that happened with a client and is worth documenting: abuse, scope change, a
/// threat, a late payment chased.
public struct Incident: Hashable, Sendable {
  public var day: Day
  public var client: ClientKey
  public var kind: IncidentKind
  public var note: String?
  public var position: SourcePosition?

  public init(
    day: Day, client: ClientKey, kind: IncidentKind, note: String? = nil,
    position: SourcePosition? = nil
  ) {
    self.day = day
    self.client = client
    self.kind = kind
    self.note = note
    self.position = position
  }
}
