/// `--color`: colour on a terminal that wants it (`auto`), always, or never.
enum ColorChoice: String, ArgumentValue, CaseIterable {
  case auto, always, never
}
