/// The fields `--sort` can order the report's clients by, named as in the JSON.
public enum SortKey: String, Sendable, CaseIterable {
  case client, hours, billableHours, billableValue, invoiced, collected, outstanding, badDebt, netRevenue
  case unbilledValue, earned, effectiveRate, collectedRate, realization, expenses, cost, carryingCost, profit, margin
  case opportunityCost, avgDaysLate, avgDaysToPay, lateShare, maxDaysLate, share
}
