extension Explanation {
  /// Every way this explanation fails to add up, one line each: a figure whose formula does not give
  /// its value exactly, reads a figure or table the explanation lacks, or is null or unexplained
  /// without a note. Empty for every explanation the calculation makes: the property its tests check.
  public func imbalances() -> [String] {
    var problems: [String] = []
    for figure in figures {
      let place = "\(name) \(figure.key)"
      guard let value = figure.value else {
        if figure.note == nil { problems.append("\(place) is null without a note") }
        continue
      }
      guard let formula = figure.formula else {
        if !value.value.isZero || figure.note == nil { problems.append("\(place) = \(value.value) has no formula") }
        continue
      }
      for key in formula.figures where self.figure(key) == nil {
        problems.append("\(place) reads \(key), which the explanation lacks")
      }
      for id in formula.tables where table(id) == nil {
        problems.append("\(place) reads table \(id), which the explanation lacks")
      }
      let evaluated = evaluate(formula)
      if evaluated != value.value {
        problems.append("\(place) = \(value.value) but its formula gives \(evaluated.map(\.description) ?? "null")")
      }
    }
    return problems
  }
}
