import Localization

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
  case other(LocalizedText)

  /// `a pipe`, `a character device`, `a socket` (in Arabic the nominative, as `إنه …` takes it).
  var description: LocalizedText {
    switch self {
    case .regular: LocalizedText(en: "a file", ar: "ملف")
    case .folder: LocalizedText(en: "a folder", ar: "مجلد")
    case .pipe: LocalizedText(en: "a pipe", ar: "أنبوب")
    case .characterDevice: LocalizedText(en: "a character device", ar: "جهاز محارف")
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
    case S_IFBLK: kind = .other(LocalizedText(en: "a block device", ar: "جهاز كتلي"))
    case S_IFSOCK: kind = .other(LocalizedText(en: "a socket", ar: "مقبس"))
    default: kind = .other(LocalizedText(en: "something other than a file", ar: "شيء غير الملف"))
    }
  }

  var isFolder: Bool { kind == .folder }
}
