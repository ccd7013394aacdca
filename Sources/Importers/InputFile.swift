/// One input file's name (as the user gave it, for messages) and its bytes. Importers never
/// touch the file system.
public struct InputFile: Sendable {
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}
