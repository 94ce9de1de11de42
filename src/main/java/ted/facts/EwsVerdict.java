package ted.facts;

import java.util.List;

/**
 * What one level (organization or mailbox) of the EWS access policy does to one Teams service.
 *
 * @param admitted       true when the application access policy lets every user agent of the service in
 * @param reason         one sentence an admin can read
 * @param deciding       the list entries that decided it (the blocking or the admitting ones)
 * @param unusable       entries that look meant for the service but can never match it
 * @param blockedAgents  the service's user agents that are shut out
 * @param determined     false when the deciding list was cut short by the export, so the verdict cannot be trusted
 */
public record EwsVerdict(boolean admitted, String reason, List<String> deciding, List<Unusable> unusable,
                         List<String> blockedAgents, boolean determined) {

    public EwsVerdict(boolean admitted, String reason, List<String> deciding, List<Unusable> unusable, List<String> blockedAgents) {
        this(admitted, reason, deciding, unusable, blockedAgents, true);
    }

    /** An entry as stored (so a fix can remove it exactly) and why it never matches. */
    public record Unusable(String entry, String why) {
    }

    public boolean hasUnusableEntries() {
        return !unusable.isEmpty();
    }
}
