package ted.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exchange's EWS application access policy at one level, judged against the entries the guide asks for.
 *
 * <p>What TED applies (docs/facts-format.md says the same for admins):
 * <ul>
 *   <li>{@code EwsApplicationAccessPolicy} null: no list applies, every client is admitted.</li>
 *   <li>{@code EnforceAllowList}: for each entry the guide names, the list must hold an entry that admits every user
 *       agent the guide's entry admits ({@link Glob#covers}): the same entry or a broader one ({@code *} does).
 *       An entry that only overlaps it ({@code *SchedulingService} without the closing star, {@code
 *       MicrosoftNinja/1.*}, a literal version) may admit some Teams agents and not others: {@code warn}. An entry
 *       that differs from the guide's only by white space or letter case admits none of the real agents (EWS compares
 *       case-sensitively): it does not count, and the fix removes it. No admitting entry: {@code fail}. A null or
 *       empty list admits nobody.</li>
 *   <li>{@code EnforceBlockList}: an entry that covers the guide's entry, or whose literal core is the same
 *       ({@code SchedulingService}), certainly blocks the service: {@code fail}; one that relates to it may:
 *       {@code warn}.</li>
 *   <li>A list the export cut short decides nothing it does not show: {@code unknown}.</li>
 *   <li>{@code EwsEnabled} is not part of this verdict: the EWS_*_ENABLED checks report it, so a single cause is
 *       never reported twice. Organization and mailbox levels are judged separately and both must admit.</li>
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

    /** What decides a verdict: the same lists, as complete or as cut short, give the same verdict for the same client. */
    private record Question(String level, String policy, List<String> allowList, boolean allowComplete, List<String> blockList,
                            boolean blockComplete, TeamsEwsClient client) {
    }

    /**
     * Verdicts given before: an organisation's mailboxes share a handful of lists, and a scan asks about each of them
     * for every mailbox and service. Bounded, since the lists come from the export.
     */
    private static final ted.util.BoundedMemo<Question, EwsVerdict> ANSWERED = new ted.util.BoundedMemo<>(4096,
            q -> new EwsAccessPolicy(q.level(), q.policy(), q.allowList(), q.blockList()).judge(q.client()));

    public EwsVerdict verdictFor(TeamsEwsClient client) {
        return ANSWERED.get(new Question(level, policy, allowList, PartialList.isComplete(allowList), blockList,
                PartialList.isComplete(blockList), client));
    }

    private EwsVerdict judge(TeamsEwsClient client) {
        if (policy == null) {
            return new EwsVerdict("pass", "No EwsApplicationAccessPolicy is set at " + level + " level, so no list applies.",
                    List.of(), List.of(), List.of());
        }
        if (policy.equalsIgnoreCase(ENFORCE_ALLOW_LIST)) {
            return allowListVerdict(client);
        }
        if (policy.equalsIgnoreCase(ENFORCE_BLOCK_LIST)) {
            return blockListVerdict(client);
        }
        return new EwsVerdict("unknown", "EwsApplicationAccessPolicy '" + policy + "' is not a value Exchange has "
                + "(EnforceAllowList or EnforceBlockList); TED cannot tell what it does.", List.of(), List.of(), List.of());
    }

    private EwsVerdict allowListVerdict(TeamsEwsClient client) {
        List<String> entries = allowList == null ? List.of() : allowList;
        if (entries.isEmpty() && PartialList.isComplete(allowList)) {
            List<EwsVerdict.EntryVerdict> none = client.requiredEntries().stream()
                    .map(r -> new EwsVerdict.EntryVerdict(r, null, "fail", "guide's " + r + ": the list is empty")).toList();
            return new EwsVerdict("fail", "EnforceAllowList at " + level + " level with an empty EwsAllowList shuts every EWS "
                    + "client out, " + client.name() + " included.", none, client.requiredEntries(), List.of());
        }
        List<EwsVerdict.EntryVerdict> verdicts = new ArrayList<>();
        List<String> toAdd = new ArrayList<>();
        List<String> toRemove = new ArrayList<>();
        for (String required : client.requiredEntries()) {
            EwsVerdict.EntryVerdict v = judgeAllowed(Glob.of(required), entries);
            verdicts.add(v);
            if (!v.status().equals("pass")) {
                toAdd.add(required);
            }
            if (v.listEntry() != null && v.status().equals("fail") && !toRemove.contains(v.listEntry())) {
                toRemove.add(v.listEntry());
            }
        }
        String worst = worst(verdicts);
        if (!worst.equals("pass") && !PartialList.isComplete(allowList)) {
            return new EwsVerdict("unknown", "EnforceAllowList at " + level + " level, but the export cut EwsAllowList short and "
                    + "the visible entries do not admit " + client.name() + " as the guide asks; the rest is unknown.",
                    verdicts, List.of(), List.of());
        }
        String reason = switch (worst) {
            case "pass" -> "EnforceAllowList at " + level + " level, and EwsAllowList has an entry covering each of the guide's "
                    + String.join(", ", client.requiredEntries()) + ".";
            case "warn" -> "EnforceAllowList at " + level + " level, and EwsAllowList has only narrower or different entries than "
                    + "the guide's " + String.join(", ", toAdd) + ": some Teams user agents of " + client.name() + " may be shut out.";
            default -> "EnforceAllowList at " + level + " level, and nothing in EwsAllowList admits " + client.name()
                    + " as the guide's " + String.join(", ", toAdd) + " would.";
        };
        return new EwsVerdict(worst, reason, verdicts, toAdd, toRemove);
    }

    /** How the allow list stands to one of the guide's entries. */
    private static EwsVerdict.EntryVerdict judgeAllowed(Glob required, List<String> entries) {
        String overlapping = null;
        String lookalike = null;
        String lookalikeWhy = null;
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            Glob e = Glob.of(entry);
            if (e.covers(required)) {
                return new EwsVerdict.EntryVerdict(required.text(), entry, "pass", "guide's " + required + ": admitted by "
                        + shown(entry) + (entry.equals(required.text()) ? "" : ", which covers it"));
            }
            if (lookalike == null && e.hasSpace() && e.withoutSpaces().covers(required.withoutSpaces())) {
                lookalike = entry;
                lookalikeWhy = "differs only by " + whereSpacesAre(entry) + ", so it matches none of the Teams user agents";
            } else if (lookalike == null && e.lowerCased().covers(required.lowerCased())) {
                lookalike = entry;
                lookalikeWhy = "differs only in letter case, and EWS compares user agents case-sensitively";
            } else if (overlapping == null && e.relatesTo(required)) {
                overlapping = entry;
            }
        }
        if (overlapping != null) {
            return new EwsVerdict.EntryVerdict(required.text(), overlapping, "warn", "guide's " + required + ": only "
                    + shown(overlapping) + ", which admits some of its user agents but not all");
        }
        if (lookalike != null) {
            return new EwsVerdict.EntryVerdict(required.text(), lookalike, "fail", "guide's " + required + ": "
                    + shown(lookalike) + " " + lookalikeWhy);
        }
        return new EwsVerdict.EntryVerdict(required.text(), null, "fail", "guide's " + required + ": no entry admits any of its user agents");
    }

    private EwsVerdict blockListVerdict(TeamsEwsClient client) {
        List<String> entries = blockList == null ? List.of() : blockList;
        List<EwsVerdict.EntryVerdict> verdicts = new ArrayList<>();
        List<String> toRemove = new ArrayList<>();
        for (String required : client.requiredEntries()) {
            Glob r = Glob.of(required);
            EwsVerdict.EntryVerdict v = new EwsVerdict.EntryVerdict(required, null, "pass", "guide's " + required + ": no block entry matches it");
            for (String entry : entries) {
                if (entry == null) {
                    continue;
                }
                Glob b = Glob.of(entry);
                boolean certain = b.covers(r) || !b.literalCore().isEmpty() && b.literalCore().equals(r.literalCore());
                if (certain) {
                    v = new EwsVerdict.EntryVerdict(required, entry, "fail", "guide's " + required + ": blocked by " + shown(entry));
                    break;
                }
                if (v.status().equals("pass") && b.relatesTo(r)) {
                    v = new EwsVerdict.EntryVerdict(required, entry, "warn", "guide's " + required + ": " + shown(entry)
                            + " blocks some of its user agents");
                }
            }
            verdicts.add(v);
            if (v.listEntry() != null && !toRemove.contains(v.listEntry())) {
                toRemove.add(v.listEntry());
            }
        }
        String worst = worst(verdicts);
        if (!worst.equals("fail") && !PartialList.isComplete(blockList)) {
            return new EwsVerdict("unknown", "EnforceBlockList at " + level + " level, but the export cut EwsBlockList short; the "
                    + "visible entries do not block " + client.name() + " and the rest is unknown.", verdicts, List.of(), List.of());
        }
        String reason = switch (worst) {
            case "pass" -> "EnforceBlockList at " + level + " level, and no EwsBlockList entry matches " + client.name() + ".";
            case "warn" -> "EnforceBlockList at " + level + " level, and EwsBlockList entry " + String.join(", ", toRemove)
                    + " may shut out some of " + client.name() + "'s user agents.";
            default -> "EnforceBlockList at " + level + " level, and EwsBlockList entry " + String.join(", ", toRemove)
                    + " shuts out " + client.name() + ".";
        };
        return new EwsVerdict(worst, reason, verdicts, List.of(), toRemove);
    }

    private static String worst(List<EwsVerdict.EntryVerdict> verdicts) {
        List<String> order = List.of("fail", "warn", "pass");
        return verdicts.stream().map(EwsVerdict.EntryVerdict::status).min(java.util.Comparator.comparingInt(order::indexOf)).orElse("pass");
    }

    /** An entry quoted, each space shown as U+2423 so it can be seen and is never a place to break a line. */
    static String shown(String entry) {
        return "'" + entry.replace(' ', '\u2423') + "'";
    }

    /** "a trailing space", "a space after '*'": where the stray white space sits, in words. */
    static String whereSpacesAre(String entry) {
        List<String> where = new ArrayList<>();
        for (int i = 0; i < entry.length(); i++) {
            if (!Character.isWhitespace(entry.charAt(i))) {
                continue;
            }
            if (i == entry.length() - 1) {
                where.add("a trailing space");
            } else if (i == 0) {
                where.add("a leading space");
            } else {
                where.add("a space after '" + entry.charAt(i - 1) + "'");
            }
        }
        return String.join(" and ", where.stream().distinct().toList());
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
