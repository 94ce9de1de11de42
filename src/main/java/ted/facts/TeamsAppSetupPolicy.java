package ted.facts;

import java.util.List;

/** One app setup policy, from {@code Get-CsTeamsAppSetupPolicy | Format-List Identity,PinnedAppBarApps}. */
public record TeamsAppSetupPolicy(String Identity, List<PinnedApp> PinnedAppBarApps) {

    /** A pinned app as the cmdlet prints it: {@code Id=ef56c0de-...;Order=2}. */
    public record PinnedApp(String Id, Integer Order) {
    }

    /** True when the policy's name (with or without the {@code Tag:} prefix Teams prints) is {@code name}. */
    public boolean isNamed(String name) {
        return name != null && bare(Identity).equalsIgnoreCase(bare(name));
    }

    public boolean pins(String appId) {
        return PinnedAppBarApps != null && PinnedAppBarApps.stream()
                .anyMatch(a -> a != null && a.Id() != null && a.Id().trim().equalsIgnoreCase(appId));
    }

    private static String bare(String name) {
        String n = name == null ? "" : name.trim();
        return n.regionMatches(true, 0, "Tag:", 0, 4) ? n.substring(4) : n;
    }
}
