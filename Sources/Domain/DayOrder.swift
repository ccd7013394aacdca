/// Which of a slashed or dotted date's first two numbers is the day: `dmy` (31/12/2026) or
/// `mdy` (12/31/2026).
public enum DayOrder: String, Sendable, CaseIterable {
  case dmy
  case mdy
}
