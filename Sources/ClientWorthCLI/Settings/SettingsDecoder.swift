import Localization

/// Reads `clientworth.json` into the settings it sets, through the settings' declarations,
/// naming the key path and position of every problem.
struct SettingsDecoder {
  /// The file's name as messages show it.
  let path: String

  /// Decodes a whole settings file into its assignments, in file order.
  func decode(_ bytes: [UInt8]) throws(SettingsError) -> [SettingAssignment] {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw SettingsError(file: path, line: error.line, column: error.column, message: error.message)
    }
    guard case .object(let members) = root.value else {
      throw SettingsError(
        at: root, in: path,
        LocalizedText(
          en: "the settings must be a JSON object, found \(root.kindDescription)",
          ar: "يجب أن تكون الإعدادات كائن \(code: "JSON")، لكنها \(root.kindDescription)"))
    }
    var assignments: [SettingAssignment] = []
    for member in members {
      guard let setting = SettingsCatalog.setting(forKey: member.key) else {
        throw SettingsError(
          file: path, line: member.line, column: member.column,
          message: LocalizedText(
            en: "unknown setting \"\(name: member.key)\"", ar: "إعداد غير معروف: «\(name: member.key)»")
            + SettingsCatalog.suggestion(member.key, in: SettingsCatalog.all.map(\.key)))
      }
      assignments.append(try setting.decode(member.node, path))
    }
    return assignments
  }
}
