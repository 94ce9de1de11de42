package ted.facts.derived;

/** Derived by rules (calendar-app/calendar-app.drl): the coexistence mode that applies to the user, and where it comes from. */
public record CoexistenceMode(String mode, String source, String property) {
}
