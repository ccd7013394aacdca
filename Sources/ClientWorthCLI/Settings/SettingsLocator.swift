/// Finds the settings file. Precedence: `--config FILE` (which must exist), else
/// `clientworth.json` in the working folder, else the `clientworth.json` inside the first
/// folder named on the command line (so `clientworth report SampleData` uses
/// `SampleData/clientworth.json`), else none: every setting has its default.
struct SettingsLocator {
  static let fileName = "clientworth.json"

  let fileSystem: FileSystem

  /// The settings file's path as messages show it, or nil when there is none.
  func locate(config: String?, inputs: [String]) throws(InputError) -> String? {
    if let config {
      guard let status = fileSystem.status(of: config), !status.isFolder else { throw .missingConfig(config) }
      return config
    }
    if isFile(Self.fileName) { return Self.fileName }
    guard let folder = inputs.first(where: { fileSystem.status(of: $0)?.isFolder == true }) else { return nil }
    let candidate = InputFiles.join(folder, Self.fileName)
    return isFile(candidate) ? candidate : nil
  }

  private func isFile(_ path: String) -> Bool {
    fileSystem.status(of: path).map { !$0.isFolder } ?? false
  }
}
