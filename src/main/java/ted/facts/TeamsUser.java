package ted.facts;

/**
 * A user as Teams sees them, from
 * {@code Get-CsOnlineUser <user> | Format-List UserPrincipalName,TeamsUpgradeEffectiveMode,TeamsUpgradePolicy,TeamsAppSetupPolicy}.
 * A null TeamsAppSetupPolicy means the user gets the Global (Org-wide default) policy.
 */
public record TeamsUser(Ref UserPrincipalName, String TeamsUpgradeEffectiveMode, String TeamsUpgradePolicy,
                        String TeamsAppSetupPolicy) {

    public String key() {
        return UserPrincipalName == null ? "" : UserPrincipalName.getKey();
    }

    /**
     * The upgrade policy assigned to the user directly, without the {@code Tag:} prefix Teams prints; null when the
     * user follows the org-wide (Global) policy. (Rules cannot write {@code TeamsUpgradePolicy}: it names a fact type.)
     */
    public String assignedUpgradePolicy() {
        if (TeamsUpgradePolicy == null || TeamsUpgradePolicy.isBlank()) {
            return null;
        }
        String name = TeamsUpgradePolicy.trim().replaceFirst("(?i)^Tag:", "");
        return name.equalsIgnoreCase("Global") ? null : name;
    }

    /** The app setup policy that applies: the assigned one, else Global. */
    public String effectiveAppSetupPolicy() {
        return TeamsAppSetupPolicy == null || TeamsAppSetupPolicy.isBlank() ? "Global" : TeamsAppSetupPolicy.trim();
    }
}
