/// The settings of one run: the defaults, the file `SettingsLocator` finds over them, and the
/// command-line flags over that.
struct SettingsLoader {
  let fileSystem: FileSystem

  /// The values, and the settings file's name for messages (the default name when there is none).
  func load(config: String?, inputs: [String], flags: SettingFlags) throws(CLIError) -> (
    values: SettingValues, file: String
  ) {
    let path: String?
    let bytes: [UInt8]
    do {
      path = try SettingsLocator(fileSystem: fileSystem).locate(config: config, inputs: inputs)
      bytes =
        try path.map { path throws(InputError) in try fileSystem.read(path, limit: InputLimits.settingsBytes) } ?? []
    } catch {
      throw .input(error)
    }
    var file: [SettingAssignment] = []
    if let path {
      do {
        file = try SettingsDecoder(path: path).decode(bytes)
      } catch {
        throw .settings(error)
      }
    }
    return (SettingValues().applying(file + flags.assignments), path ?? SettingsLocator.fileName)
  }
}
