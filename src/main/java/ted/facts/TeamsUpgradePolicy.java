package ted.facts;

/** The org-wide coexistence mode, from {@code Get-CsTeamsUpgradePolicy -Identity Global | Format-List Identity,Mode}. */
public record TeamsUpgradePolicy(String Identity, String Mode) {
}
