package ted.facts;

import java.util.List;

/** One app setup policy, from {@code Get-CsTeamsAppSetupPolicy | Format-List Identity,PinnedAppBarApps}. */
public record TeamsAppSetupPolicy(String Identity, List<PinnedApp> PinnedAppBarApps) {

    /** A list ending in {@code ...} in a facts file was cut short by the export. */
    public TeamsAppSetupPolicy {
        if (PinnedAppBarApps != null && !PinnedAppBarApps.isEmpty()
                && PartialList.MARK.equals(PinnedAppBarApps.get(PinnedAppBarApps.size() - 1).Id())) {
            PinnedAppBarApps = new PartialList<>(PinnedAppBarApps.subList(0, PinnedAppBarApps.size() - 1));
        }
    }

    /** A pinned app; also read from the text Format-List prints, {@code Id=ef56c0de-...;Order=2}. */
    public record PinnedApp(String Id, Integer Order) {

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static PinnedApp parse(String text) {
            String id = null;
            Integer order = null;
            for (String part : text.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("Id")) {
                    id = kv[1].strip();
                } else if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("Order") && kv[1].strip().matches("\\d{1,9}")) {
                    // Nine digits at most: an Order beyond int is no position, and stays unknown.
                    order = Integer.valueOf(kv[1].strip());
                }
            }
            return new PinnedApp(id == null ? text.strip() : id, order);
        }

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
        public PinnedApp {
        }
    }

    /** True when every pinned app is known (the list was not cut short by the export). */
    public boolean pinnedAppsComplete() {
        return PartialList.isComplete(PinnedAppBarApps);
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
