import Domain

extension ClientFigures {
  /// True when any incident in the period is severe (abuse, threat, harassment, illegal).
  public var hasSevereIncident: Bool { incidents.contains { $0.kind.isSevere } }

  /// Incidents in the period that are moderate (attempts to fix things are neither severe nor moderate).
  public var moderateIncidentCount: Int { incidents.count { $0.kind.isModerate } }
}
