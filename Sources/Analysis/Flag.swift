/// A warning about a client (spec §4 "Flags"), in the order the spec lists them.
public enum Flag: String, Sendable, CaseIterable, Comparable {
  case losing
  case belowTarget = "below-target"
  case latePayer = "late-payer"
  case scopeCreep = "scope-creep"
  case unbilled
  case conduct
  case concentration

  public static func < (a: Flag, b: Flag) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}
