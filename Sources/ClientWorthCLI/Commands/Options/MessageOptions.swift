/// What goes to standard error, and whether a skipped row fails the run.
struct MessageOptions: ArgumentGroup {
  var strict = false
  var verbose = false
  var quiet = false

  static let arguments: [Argument<Self>] = [
    .flag("strict", \.strict, help: "Fail (exit 65) when any row had to be skipped."),
    .flag("verbose", \.verbose, help: "Tell, on standard error, how many rows of each file were read and skipped."),
    .flag("quiet", short: "q", \.quiet, help: "Say nothing on standard error but errors (skipped rows included)."),
  ]

  func validate() throws(ValidationError) {
    if verbose && quiet { throw ValidationError("'--verbose' and '--quiet' ask for opposite things; give one") }
  }
}
