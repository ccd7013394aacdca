import Localization

@testable import ClientWorthCLI

/// An error whose message the tests compare in English.
protocol EnglishMessage: Error {
  var englishMessage: String { get }
}

extension ArgumentValueError: EnglishMessage {
  var englishMessage: String { problem.englishText }
}

extension ValidationError: EnglishMessage {
  var englishMessage: String { message.englishText }
}

extension UsageError: EnglishMessage {
  var englishMessage: String { message.englishText }
}

extension OutputError: EnglishMessage {
  var englishMessage: String { path + ": " + reason.englishText }
}

extension InputError: EnglishMessage {
  var englishMessage: String { path + ": " + message.englishText }
}

extension SettingsError: EnglishMessage {
  var englishMessage: String {
    "\(file):\(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-"): \(message.englishText)"
  }
}

extension JSONParser.SyntaxError: EnglishMessage {
  var englishMessage: String { "\(line):\(column): \(message.englishText)" }
}

/// The English message of the error `body` throws; nil when it throws none (or one of another kind).
func thrownMessage<T>(_ body: () throws -> T) -> String? {
  do {
    _ = try body()
    return nil
  } catch let error as EnglishMessage {
    return error.englishMessage
  } catch {
    return "unexpected error: \(error)"
  }
}

extension SettingProblem: EnglishMessage {
  var englishMessage: String { text.englishText }
}
