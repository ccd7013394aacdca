import CSV
import Domain
import Parallel

extension FileImporter {
  /// How far from the middle of the file a line break is looked for, to cut it there.
  static let cutSearchBytes = 1 << 16

  /// Imports a large time export in two parts at once, one per core: the file is cut after a line
  /// break near its middle, and each part's rows are read on a thread of their own with the same
  /// layout and decisions; the second part's lines are numbered on from where the first part ends.
  ///
  /// The first part, read from the file's start, ends cleanly at the cut only if the cut is a
  /// record boundary (a line break inside quotes leaves it in an open quote, a fatal error). Nil,
  /// and the file is read in one pass as usual, when it does not qualify (smaller than four chunks,
  /// not chunked UTF-8, not a time export the rows of which stand alone) or when a part met
  /// anything the cut could have changed: an error, a record that could not be split, a chunk
  /// that is not plain UTF-8. The one pass then gives every message as always.
  ///
  /// `text` is the file opened for one pass: its first chunk tells the layout.
  func importInParts(
    of text: inout FileText, decided: ColumnDecisions?, into facts: inout Ledger, diagnostics: inout [Diagnostic]
  ) -> Outcome? {
    let size = file.contents.count
    guard !text.isWhole, options.chunkBytes <= size / 4,
      let layout = try? findLayout(in: &text), TimeShortcut.applies(to: layout.format),
      let cut = cutNearMiddle(layout: layout)
    else { return nil }
    // The first part is the text read so far, ending at the cut (`text` stays as it is, for a
    // reading in one pass if the parts do not serve).
    var first = text.ending(at: cut)
    guard let decisions = try? decided ?? decisions(for: layout, in: &first) else { return nil }
    let checksDecisions = decided == nil
    var rest = layout
    rest.skip = 0
    rest.headerRecord = 0
    var (early, late) = bothAtOnce(
      { try? readRows(of: &first, layout: layout, decisions: decisions, checksDecisions: checksDecisions) },
      { () -> (text: FileText, reading: RowReading?)? in
        // Opened on its own thread: its first chunk is read there too.
        guard var second = try? FileText.part(of: file, from: cut, to: size, chunkBytes: options.chunkBytes) else {
          return nil
        }
        let reading = try? readRows(of: &second, layout: rest, decisions: decisions, checksDecisions: checksDecisions)
        return (second, reading)
      })
    guard var reading = early, let second = late, var later = second.reading, !first.needsWholeFile,
      !second.text.needsWholeFile, !later.hadUnreadableRecord
    else { return nil }
    (early, late) = (nil, nil)  // one reference to each reading's facts, so they are moved, not copied
    later.shiftLines(by: reading.endLine - 1)
    reading.append(consume later)
    return try? commit(
      consume reading, text: first, layout: layout, decisions: decisions, into: &facts, diagnostics: &diagnostics)
  }

  /// The offset just after a line break near the middle of the file where a record seems to
  /// start: read from there, the next record has the header's number of fields. (A line break in
  /// quotes mostly fails this; one that passes all the same is found out by the first part.)
  private func cutNearMiddle(layout: Layout) -> Int? {
    let middle = file.contents.count / 2
    guard let bytes = try? file.contents.bytes(at: middle, count: Self.cutSearchBytes) else { return nil }
    var lineBreak = bytes.firstIndex(of: 0x0A)
    while let found = lineBreak {
      var reader = CSVReader(continuing: layout.dialect)
      reader.append(bytes[(found + 1)...])
      if let record = try? reader.nextRecord(), record.count == layout.format.header.count {
        return middle + found + 1
      }
      lineBreak = bytes[(found + 1)...].firstIndex(of: 0x0A)
    }
    return nil
  }
}
