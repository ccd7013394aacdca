/// The command line: turns arguments and the environment into a run and an exit status.
public enum ClientWorthCLI {
  /// Runs the program and returns its exit status.
  public static func main(arguments: [String] = CommandLine.arguments) -> Int32 {
    0
  }
}
