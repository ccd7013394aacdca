import Domain

extension Explanation {
  /// The exact value of `formula` from the figures and tables of this explanation; nil when an
  /// operand is null, a table has no value in the column, or a divisor is zero.
  ///
  /// A sum under `rounded` is added in an `ExactSum`, term by term, so that the amounts each span
  /// attributes (fractions of a cent over many denominators) are rounded once, as earned revenue is.
  public func evaluate(_ formula: Formula) -> Fraction? {
    switch formula {
    case .figure(let key): return figure(key)?.value?.value
    case .constant(_, let quantity): return quantity.value
    case .total(let column): return table(column.table)?.total(column.column)
    case .largest(let column): return table(column.table)?.quantities(column.column).compactMap { $0?.value }.max()
    case .weightedMean(let column, let weights):
      guard let table = table(column.table) else { return nil }
      var (weighted, total) = (Fraction.zero, Fraction.zero)
      for (value, weight) in zip(table.quantities(column.column), table.quantities(weights)) {
        guard let value, let weight else { continue }
        weighted += value.value * weight.value
        total += weight.value
      }
      return total.isZero ? nil : weighted / total
    case .count(let id, let positive):
      guard let table = table(id) else { return nil }
      guard let positive else { return Fraction(table.rows.count) }
      return Fraction(table.quantities(positive).count { ($0?.value ?? .zero) > .zero })
    case .sum(let parts):
      return parts.reduce(Fraction?.some(.zero)) { sum, part in sum.flatMap { a in evaluate(part).map { a + $0 } } }
    case .product(let parts):
      return parts.reduce(Fraction?.some(.one)) { product, part in
        product.flatMap { a in evaluate(part).map { a * $0 } }
      }
    case .difference(let a, let b): return both(a, b).map { $0 - $1 }
    case .quotient(let a, let b):
      guard let (x, y) = both(a, b), !y.isZero else { return nil }
      return x / y
    case .negated(let inner): return evaluate(inner).map { -$0 }
    case .larger(let a, let b): return both(a, b).map { max($0, $1) }
    case .smaller(let a, let b): return both(a, b).map { min($0, $1) }
    case .rounded(let inner):
      var sum = ExactSum()
      guard add(inner, sign: .one, to: &sum) else { return nil }
      return Fraction(sum.roundedHalfEven())
    }
  }

  private func both(_ a: Formula, _ b: Formula) -> (Fraction, Fraction)? {
    guard let x = evaluate(a), let y = evaluate(b) else { return nil }
    return (x, y)
  }

  /// Adds `formula` × `sign` to `sum`, splitting sums and totals into their terms; false when an
  /// operand is null.
  private func add(_ formula: Formula, sign: Fraction, to sum: inout ExactSum) -> Bool {
    switch formula {
    case .sum(let parts):
      return parts.allSatisfy { add($0, sign: sign, to: &sum) }
    case .difference(let a, let b):
      return add(a, sign: sign, to: &sum) && add(b, sign: -sign, to: &sum)
    case .negated(let inner):
      return add(inner, sign: -sign, to: &sum)
    case .total(let column):
      guard let table = table(column.table), table.hasValues(column.column) else { return false }
      table.addTotal(column.column, sign: sign, to: &sum)
      return true
    default:
      guard let value = evaluate(formula) else { return false }
      sum.add(value * sign)
      return true
    }
  }
}
