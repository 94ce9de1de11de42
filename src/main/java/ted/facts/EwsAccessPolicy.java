package ted.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Exchange's EWS application access policy at one level, as a model rather than a string lookup.
 *
 * <p>Semantics TED applies (the guide's reading; see docs/facts-format.md):
 * <ul>
 *   <li>{@code EwsApplicationAccessPolicy} null: no list applies, every client is admitted.</li>
 *   <li>{@code EnforceAllowList}: a client is admitted only when each of its user agents matches an allow entry;
 *       a null or empty allow list admits nobody.</li>
 *   <li>{@code EnforceBlockList}: a client is shut out when any of its user agents matches a block entry.</li>
 *   <li>Entries are patterns where {@code *} stands for any run of characters, matched against the whole user
 *       agent and case-sensitively (Exchange stores them case-insensitively but is reported to compare them
 *       case-sensitively); an entry that would match only when ignoring case, or only without stray white
 *       space, is reported as unusable.</li>
 *   <li>{@code EwsEnabled} is not part of this verdict: the EWS_*_ENABLED checks report it on their own, so a
 *       single cause is never reported twice. Both levels are evaluated separately and both must admit.</li>
 * </ul>
 */
public final class EwsAccessPolicy {
    public static final String ENFORCE_ALLOW_LIST = "EnforceAllowList";
    public static final String ENFORCE_BLOCK_LIST = "EnforceBlockList";

    private final String level;
    private final String policy;
    private final List<String> allowList;
    private final List<String> blockList;

    public EwsAccessPolicy(String level, String policy, List<String> allowList, List<String> blockList) {
        this.level = level;
        this.policy = policy == null || policy.isBlank() ? null : policy.trim();
        this.allowList = allowList;
        this.blockList = blockList;
    }

    public static EwsAccessPolicy of(OrganizationConfig org) {
        return new EwsAccessPolicy("organization", org.EwsApplicationAccessPolicy(), org.EwsAllowList(), org.EwsBlockList());
    }

    public static EwsAccessPolicy of(CasMailbox mailbox) {
        return new EwsAccessPolicy("mailbox", mailbox.EwsApplicationAccessPolicy(), mailbox.EwsAllowList(), mailbox.EwsBlockList());
    }

    public EwsVerdict verdictFor(TeamsEwsClient client) {
        if (policy == null) {
            return new EwsVerdict(true, "No EwsApplicationAccessPolicy is set at " + level + " level, so no list applies.",
                    List.of(), List.of(), List.of());
        }
        if (policy.equalsIgnoreCase(ENFORCE_ALLOW_LIST)) {
            return allowListVerdict(client);
        }
        if (policy.equalsIgnoreCase(ENFORCE_BLOCK_LIST)) {
            return blockListVerdict(client);
        }
        return new EwsVerdict(false, "EwsApplicationAccessPolicy '" + policy + "' is not a value Exchange knows; "
                + "TED cannot tell what it does.", List.of(), List.of(), client.userAgents());
    }

    private EwsVerdict allowListVerdict(TeamsEwsClient client) {
        List<String> entries = allowList == null ? List.of() : allowList;
        List<String> admitting = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (String agent : client.userAgents()) {
            String hit = firstMatch(entries, agent);
            if (hit == null) {
                blocked.add(agent);
            } else if (!admitting.contains(hit)) {
                admitting.add(hit);
            }
        }
        List<EwsVerdict.Unusable> unusable = unusableEntries(entries, blocked);
        if (blocked.isEmpty()) {
            return new EwsVerdict(true, "EnforceAllowList at " + level + " level, and the allow list admits " + client.name() + ".",
                    admitting, unusable, List.of());
        }
        if (!PartialList.isComplete(allowList)) {
            return new EwsVerdict(false, "EnforceAllowList at " + level + " level, but the export cut EwsAllowList short and the "
                    + "visible entries do not match " + String.join(", ", blocked) + "; the rest is unknown.", admitting, unusable, blocked, false);
        }
        String why = entries.isEmpty()
                ? "EnforceAllowList at " + level + " level with an empty EwsAllowList shuts every EWS client out."
                : "EnforceAllowList at " + level + " level, and no EwsAllowList entry matches " + String.join(", ", blocked) + ".";
        return new EwsVerdict(false, why, admitting, unusable, blocked);
    }

    private EwsVerdict blockListVerdict(TeamsEwsClient client) {
        List<String> entries = blockList == null ? List.of() : blockList;
        List<String> blocking = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (String agent : client.userAgents()) {
            String hit = firstMatch(entries, agent);
            if (hit != null) {
                blocked.add(agent);
                if (!blocking.contains(hit)) {
                    blocking.add(hit);
                }
            }
        }
        if (blocked.isEmpty() && !PartialList.isComplete(blockList)) {
            return new EwsVerdict(true, "EnforceBlockList at " + level + " level, but the export cut EwsBlockList short; the "
                    + "visible entries do not match " + client.name() + " and the rest is unknown.", List.of(), List.of(), List.of(), false);
        }
        if (blocked.isEmpty()) {
            return new EwsVerdict(true, "EnforceBlockList at " + level + " level, and no EwsBlockList entry matches "
                    + client.name() + ".", List.of(), List.of(), List.of());
        }
        return new EwsVerdict(false, "EnforceBlockList at " + level + " level, and EwsBlockList entry "
                + String.join(", ", blocking) + " shuts out " + client.name() + ".", blocking, List.of(), blocked);
    }

    /** Entries that would admit a blocked agent if not for stray white space or letter case: typos an admin must see. */
    private static List<EwsVerdict.Unusable> unusableEntries(List<String> entries, List<String> blockedAgents) {
        List<EwsVerdict.Unusable> unusable = new ArrayList<>();
        for (String entry : entries) {
            for (String agent : blockedAgents) {
                String squeezed = entry.replaceAll("\\s+", "");
                if (!squeezed.equals(entry) && matches(squeezed, agent)) {
                    unusable.add(new EwsVerdict.Unusable(entry, "'" + entry + "' has stray white space and matches nothing; '"
                            + squeezed + "' would match " + agent));
                    break;
                }
                if (matchesIgnoringCase(entry, agent)) {
                    unusable.add(new EwsVerdict.Unusable(entry, "'" + entry + "' differs from " + agent
                            + " only in letter case, and EWS compares case-sensitively"));
                    break;
                }
            }
        }
        return unusable;
    }

    private static String firstMatch(List<String> entries, String agent) {
        return entries.stream().filter(e -> e != null && matches(e, agent)).findFirst().orElse(null);
    }

    /** Whole-string match where {@code *} is any run of characters (possibly empty) and everything else is literal. */
    public static boolean matches(String entry, String agent) {
        return toRegex(entry, 0).matcher(agent).matches();
    }

    private static boolean matchesIgnoringCase(String entry, String agent) {
        return toRegex(entry, Pattern.CASE_INSENSITIVE).matcher(agent).matches() && !matches(entry, agent);
    }

    private static Pattern toRegex(String entry, int flags) {
        StringBuilder regex = new StringBuilder();
        for (String part : entry.split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return Pattern.compile(regex.toString(), flags);
    }

    public String level() {
        return level;
    }

    public String policy() {
        return policy;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s policy %s, allow %s, block %s", level, policy, allowList, blockList);
    }
}
