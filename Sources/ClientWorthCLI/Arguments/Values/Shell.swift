/// The shells `clientworth completions` writes a completion script for.
enum Shell: String, ArgumentValue, CaseIterable {
  case bash, zsh, fish
}
