/// Options every command understands.
enum StandardOptions {
  static let help = OptionSpec("help", short: "h", kind: .flag, help: "Show help information.")
  static let version = OptionSpec("version", kind: .flag, help: "Show the version.")
}
