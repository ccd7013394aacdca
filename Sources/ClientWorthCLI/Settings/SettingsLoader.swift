/// The settings of one run: the file `SettingsLocator` finds, with the command-line flags over it.
struct SettingsLoader {
  let fileSystem: FileSystem

  /// The values, and the settings file's name for messages (the default name when there is none).
  func load(_ parsed: ParsedArguments) throws(CLIError) -> (values: SettingValues, file: String) {
    let flags: SettingValues
    do {
      flags = try SettingValues(flags: parsed)
    } catch {
      throw .usage(error)
    }
    let path: String?
    let bytes: [UInt8]
    do {
      path = try SettingsLocator(fileSystem: fileSystem).locate(
        config: parsed.string(AnalysisOptions.config), inputs: parsed.positionals)
      bytes =
        try path.map { path throws(InputError) in try fileSystem.read(path, limit: InputLimits.settingsBytes) } ?? []
    } catch {
      throw .input(error)
    }
    guard let path else { return (flags, SettingsLocator.fileName) }
    do {
      return (try SettingsDecoder(path: path).decode(bytes).overridden(by: flags), path)
    } catch {
      throw .settings(error)
    }
  }
}
