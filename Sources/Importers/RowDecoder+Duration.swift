import Domain
import Localization

/// A time row's duration, from the cell that writes it or from its start and end clocks.
extension RowDecoder {
  /// A time row's duration: the one it writes, else the time from its start to its end (said once
  /// for the file). A written duration that its start and end contradict by more than a minute,
  /// and an entry over 24 hours, are warnings at the row: imported, but worth a look.
  mutating func timeSeconds(day: Day, state: inout ConversionState) throws(RowProblem) -> Int64 {
    let clock = try secondsFromStartToEnd(startDay: day)
    let written = try writtenDuration()
    guard let seconds = written ?? clock else {
      throw RowProblem(
        column: plan.column(.hours) ?? plan.column(.duration) ?? plan.column(.endTime),
        text: LocalizedText(en: "the row has no duration", ar: "لا مدة في الصف"), cause: "no-duration")
    }
    if let clock, let written, abs(clock - written) > 60 {
      state.notes.append(
        RowProblem(
          column: plan.column(.duration) ?? plan.column(.hours),
          text: .durationContradicts(written: written, clock: clock), cause: "duration-contradicts-start-end",
          severity: .warning))
    }
    if written == nil, state.saidOnce.insert("duration from start and end").inserted {
      state.notes.append(
        RowProblem(
          column: plan.column(.endTime),
          text: LocalizedText(
            en: "this file writes no duration: each entry's is the time from its start to its end",
            ar: "لا يكتب هذا الملف المدد: مدة كل قيد هي الوقت من بدايته إلى نهايته"),
          cause: "duration-from-start-end", severity: .note))
    }
    // Only where the export writes clock times is a row one entry (a native or Harvest row of
    // 40 hours may be a week's total).
    if seconds > 86_400 && (plan.column(.startTime) != nil || plan.column(.endTime) != nil) {
      state.notes.append(
        RowProblem(
          column: plan.column(.duration) ?? plan.column(.hours) ?? plan.column(.endTime),
          text: LocalizedText(
            en: "one entry of \(code: String.hours(seconds)), more than 24 hours (a timer left running?); imported as "
              + "written",
            ar: "قيد واحد مدته \(code: String.hours(seconds))، أكثر من \(plain: 24) ساعة (مؤقِّت تُرك يعمل؟)؛ استُورد كما "
              + "كُتب"),
          cause: "entry-over-24-hours", severity: .warning))
    }
    return seconds
  }

  /// The time of day in `field`'s cell, in seconds; nil when the cell is empty or absent. Read from
  /// its bytes in the common forms (every row of a large export has two), else from its text.
  ///
  /// Mutating though it changes nothing: lending the decoder to a non-mutating method from a
  /// mutating one copies it first (twice a row here); only a clock the bytes cannot read pays that.
  private mutating func clock(_ field: Field) throws(RowProblem) -> Int? {
    guard let bytes = cell(field) else { return nil }
    if let seconds = ClockTime.seconds(bytes: bytes) { return seconds }
    return try clockText(field)
  }

  /// The time of day in `field`'s cell, read from its text.
  private func clockText(_ field: Field) throws(RowProblem) -> Int? {
    guard let text = text(field) else { return nil }
    guard let seconds = ClockTime.seconds(text) else {
      throw problem(
        field,
        LocalizedText(
          en: "\(LocalizedText.cell(text)) is not a time of day", ar: "\(LocalizedText.cell(text)) ليس وقتًا من اليوم"),
        cause: "bad-time")
    }
    return seconds
  }

  /// True when the row's end date cell holds the bytes of its date cell (which names the start's day).
  private mutating func sameDayCells() -> Bool {
    guard let end = cell(.endDate), let start = cell(.date), start.count == end.count, end.count >= 8,
      let endBase = end.baseAddress, let startBase = start.baseAddress
    else { return false }
    return ByteRuns.equal(UnsafeRawPointer(endBase), UnsafeRawPointer(startBase), count: end.count)
  }

  /// The seconds from the row's start to its end, where the export writes both clocks; nil when
  /// it does not. An end before the start and no end date is the next day (Kimai's `To`).
  mutating func secondsFromStartToEnd(startDay: Day) throws(RowProblem) -> Int64? {
    guard let start = try clock(.startTime), let end = try clock(.endTime) else { return nil }
    var days = 0
    if sameDayCells() {
      // Most entries end on the day they start: that cell names the start's day, read already.
      plainCells += 1
    } else if let endDay = try day(.endDate) {
      days = endDay - startDay
    } else if end < start {
      days = 1
    }
    let seconds = Int64(days) * 86_400 + Int64(end - start)
    guard seconds >= 0 else {
      let cell = LocalizedText.cell(text(.endTime) ?? "")
      throw problem(
        .endTime, LocalizedText(en: "\(cell) ends the entry before it starts", ar: "\(cell) ينهي القيد قبل أن يبدأ"),
        cause: "end-before-start")
    }
    guard seconds <= DurationText.maxSeconds else {
      let span = LocalizedText(en: "the time from start to end", ar: "ما بين البداية والنهاية")
      throw problem(.endTime, .tooLong(span), cause: "duration-too-long")
    }
    return seconds
  }
}

extension String {
  /// `2:30:00` for 9000 seconds.
  static func hours(_ seconds: Int64) -> String {
    let minutes = seconds / 60 % 60
    let rest = seconds % 60
    return "\(seconds / 3600):\(minutes < 10 ? "0" : "")\(minutes):\(rest < 10 ? "0" : "")\(rest)"
  }

}

extension LocalizedText {
  fileprivate static func durationContradicts(written: Int64, clock: Int64) -> LocalizedText {
    let (duration, apart) = (String.hours(written), String.hours(clock))
    return LocalizedText(
      en: "the duration \(code: duration) contradicts the entry's start and end, \(code: apart) apart; the duration "
        + "is imported",
      ar: "المدة \(code: duration) تخالف بداية القيد ونهايته، وبينهما \(code: apart)؛ فاستُوردت المدة")
  }
}
