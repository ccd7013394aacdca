/// One input file's name (as the user gave it, for messages) and its contents. Importers never
/// touch the file system: the contents come from whoever made the value.
public struct InputFile: Sendable {
  public var path: String
  public var contents: any FileContents

  /// A file whose bytes are already in memory.
  public init(path: String, bytes: [UInt8]) {
    self.init(path: path, contents: BytesInMemory(bytes: bytes))
  }

  /// A file read on demand, piece by piece (a large export need not be held whole).
  public init(path: String, contents: any FileContents) {
    self.path = path
    self.contents = contents
  }

  /// All the bytes at once.
  public func readAll() throws(FileReadError) -> [UInt8] {
    try contents.bytes(at: 0, count: contents.count)
  }
}

/// A file's bytes, read on demand: its size, and any range of it.
public protocol FileContents: Sendable {
  /// The number of bytes.
  var count: Int { get }
  /// Copies the bytes from `offset` into `buffer`, as many as fit or remain; returns how many.
  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int
}

/// The contents could not be read (an I/O error after the file was opened).
public struct FileReadError: Error, Equatable, Sendable {
  public var reason: String

  public init(reason: String) {
    self.reason = reason
  }
}

extension FileContents {
  /// `count` bytes from `offset` (fewer at the end of the file).
  func bytes(at offset: Int, count: Int) throws(FileReadError) -> [UInt8] {
    let wanted = max(0, min(count, self.count - offset))
    // Typed throws do not pass through the initializer's rethrows yet, so carry a failure out.
    var failure: FileReadError?
    // Not zeroed first: every byte kept is one read (a megabyte a chunk, all of a large file).
    let result = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, filled in
      do throws(FileReadError) {
        filled = try self.read(at: offset, filling: buffer)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return result
  }

  /// Reads the bytes from `offset` into `buffer` until it is full or the file ends; returns how
  /// many it read.
  func read(at offset: Int, filling buffer: UnsafeMutableBufferPointer<UInt8>) throws(FileReadError) -> Int {
    var filled = 0
    while filled < buffer.count {
      let read = try self.read(
        at: offset + filled,
        into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...])))
      // The file shrank while it was read: what remains is what there is.
      if read == 0 { break }
      filled += read
    }
    return filled
  }
}

/// Contents already in memory.
struct BytesInMemory: FileContents {
  let bytes: [UInt8]

  var count: Int { bytes.count }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int {
    let end = min(bytes.count, offset + buffer.count)
    guard offset < end else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<end]))
    }
    return end - offset
  }
}
