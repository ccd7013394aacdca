import Foundation
import Localization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file whole or not at all: writes a temporary file in the same folder, flushes it
/// to disk and renames it into place, so a reader never sees half a report and a failure leaves
/// the old file (if any) untouched and no temporary file behind.
///
/// It never replaces an input or the settings file (`protected`), never replaces a device, pipe
/// or socket with a regular file (a pipe or a character device such as /dev/null is written in
/// place, like a shell's `>`; anything else is refused), and keeps a symbolic link, replacing the
/// file it points to.
struct OutputFile {
  /// The path as the user gave it, for messages.
  let path: String
  /// The absolute path.
  let absolutePath: String
  /// Files the output must never be: each input and the settings file, with the path to name.
  var protected: [FileIdentity: LocalizedText] = [:]

  /// Fails when the path names a protected file; a run checks this before it reads anything, so
  /// a mistaken `--output` costs nothing.
  func checkNotProtected() throws(OutputError) {
    if let status = FileStatus.of(absolutePath), let input = protected[status.identity] {
      throw OutputError(
        path: path,
        reason: LocalizedText(
          en: "it is the same file as \(input), an input of this run; inputs are never written",
          ar: "إنه الملف نفسه \(input)، وهو من مدخلات هذا التشغيل؛ والمدخلات لا يُكتب فيها أبدًا"))
    }
  }

  /// Writes `text` to the file.
  func write(_ text: String) throws(OutputError) {
    try checkNotProtected()
    if let status = FileStatus.of(absolutePath) {
      switch status.kind {
      case .regular: break
      case .folder: throw OutputError(path: path, reason: InputError.isAFolder)
      case .pipe, .characterDevice: return try writeInPlace(text)
      case .other(let what):
        throw OutputError(
          path: path,
          reason: LocalizedText(
            en: "it is \(what); only a file can take a report", ar: "إنه \(what)؛ ولا يُكتب التقرير إلا في ملف"))
      }
    }
    // A link is kept: the file it points to is the one replaced.
    let target = (absolutePath as NSString).resolvingSymlinksInPath
    let folder = (target as NSString).deletingLastPathComponent
    guard FileStatus.of(folder)?.isFolder == true else {
      throw OutputError(
        path: path,
        reason: LocalizedText(
          en: "the folder \(path: displayFolder) does not exist", ar: "المجلد \(path: displayFolder) غير موجود"))
    }
    var template = Array((folder as NSString).appendingPathComponent(Self.temporaryName(for: target)).utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else {
      throw failure(
        errno,
        doing: LocalizedText(
          en: "cannot create a file in \(path: displayFolder)", ar: "يتعذر إنشاء ملف في \(path: displayFolder)"))
    }
    let temporary = String(cString: template.map { UInt8(bitPattern: $0) } + [0])
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    if let problem = Self.writeAll(Array(text.utf8), to: descriptor) {
      close(descriptor)
      throw failure(problem, doing: .cannotWrite)
    }
    // mkstemp makes the file readable by its owner only; give it the mode a new file would get.
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    if fsync(descriptor) != 0 {
      let code = errno
      close(descriptor)
      throw failure(code, doing: LocalizedText(en: "cannot flush to disk", ar: "يتعذر الحفظ على القرص"))
    }
    guard close(descriptor) == 0 else { throw failure(errno, doing: .cannotClose) }
    guard rename(temporary, target) == 0 else {
      throw failure(errno, doing: LocalizedText(en: "cannot replace the file", ar: "يتعذر استبدال الملف"))
    }
    succeeded = true
  }

  /// Writes to a pipe or a character device as it is: there is nothing to replace.
  private func writeInPlace(_ text: String) throws(OutputError) {
    let descriptor = open(absolutePath, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(errno, doing: LocalizedText(en: "cannot open", ar: "يتعذر الفتح")) }
    if let problem = Self.writeAll(Array(text.utf8), to: descriptor) {
      close(descriptor)
      throw failure(problem, doing: .cannotWrite)
    }
    guard close(descriptor) == 0 else { throw failure(errno, doing: .cannotClose) }
  }

  /// `.name.clientworth-XXXXXX`, the name shortened so the whole fits the 255-byte limit on a
  /// file name whatever the output is called.
  static func temporaryName(for target: String) -> String {
    var name = (target as NSString).lastPathComponent
    while name.utf8.count > 200 { name.removeLast() }
    return ".\(name).clientworth-XXXXXX"
  }

  /// Writes every byte, retrying short writes; the errno of a failure, or nil.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress, raw.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  private var displayFolder: String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// What failed, and the system's own words for why (in English: the program runs in the C locale).
  private func failure(_ code: Int32, doing what: LocalizedText) -> OutputError {
    OutputError(path: path, reason: .same("\(what): \(LocalizedText.untranslated(String(cString: strerror(code))))"))
  }
}

extension LocalizedText {
  fileprivate static let cannotWrite = LocalizedText(en: "cannot write", ar: "تتعذر الكتابة")
  fileprivate static let cannotClose = LocalizedText(en: "cannot close", ar: "يتعذر الإغلاق")
}
