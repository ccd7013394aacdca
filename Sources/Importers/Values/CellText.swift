extension String {
  /// The text without surrounding white space, as `trimmingWhitespace()`, but returned as it is
  /// without looking at Unicode properties when it starts and ends with visible ASCII — which
  /// almost every cell does, and this runs for every cell read.
  func trimmedCell() -> String {
    if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
      return self
    }
    return trimmingWhitespace()
  }
}
