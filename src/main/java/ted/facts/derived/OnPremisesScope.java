package ted.facts.derived;

/** Derived by rules (core/scope.drl): on-premises checks apply to the affected mailbox. */
public record OnPremisesScope() {
}
