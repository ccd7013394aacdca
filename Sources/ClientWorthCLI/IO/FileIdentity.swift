#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names on disk, links followed: the kind of file and which file it is.
///
/// Two paths name the same file when their device and inode agree, whatever their spelling,
/// links or hard links; that is how inputs are counted once and how `--output` is kept off them.
struct FileIdentity: Hashable, Sendable {
  let device: UInt64
  let inode: UInt64
}

/// The kinds of thing a path can name, as far as reading and writing care.
enum PathKind: Sendable, Equatable {
  case regular(size: Int)
  case folder
  /// A pipe (a FIFO, or standard input redirected from one): read as it comes, never twice.
  case pipe
  /// A terminal, /dev/null, /dev/zero…: an output may be written to one, an input never read from one.
  case characterDevice
  /// A block device, a socket, or anything else that is not data at rest.
  case other(String)

  /// `a pipe`, `a character device`, `a socket`.
  var description: String {
    switch self {
    case .regular: "a file"
    case .folder: "a folder"
    case .pipe: "a pipe"
    case .characterDevice: "a character device"
    case .other(let what): what
    }
  }
}

/// A path's identity and kind, read with `stat` (links followed).
struct FileStatus: Sendable {
  let identity: FileIdentity
  let kind: PathKind

  /// The status of `path` (absolute), or nil when nothing is there or it cannot be looked at.
  static func of(_ path: String) -> FileStatus? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return FileStatus(status)
  }

  /// The status of an open descriptor.
  static func of(descriptor: Int32) -> FileStatus? {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    return FileStatus(status)
  }

  private init(_ status: stat) {
    identity = FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .regular(size: Int(status.st_size))
    case S_IFDIR: kind = .folder
    case S_IFIFO: kind = .pipe
    case S_IFCHR: kind = .characterDevice
    case S_IFBLK: kind = .other("a block device")
    case S_IFSOCK: kind = .other("a socket")
    default: kind = .other("something other than a file")
    }
  }

  var isFolder: Bool { kind == .folder }
}
