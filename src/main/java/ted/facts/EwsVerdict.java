package ted.facts;

import java.util.List;

/**
 * What one level (organization or mailbox) of the EWS application access policy does to one Teams service.
 *
 * @param status   {@code pass}, {@code warn} (an entry narrower than the guide's, or a block entry that may match),
 *                 {@code fail} (the service is shut out) or {@code unknown} (a list the export cut short, a policy
 *                 value Exchange does not have)
 * @param reason   one sentence an admin can read
 * @param entries  for each of the guide's entries, how the list stands to it: side-by-side evidence
 * @param toAdd    guide entries to add to EwsAllowList (allow-list policy)
 * @param toRemove list entries to remove, exactly as stored: stray-space or wrong-case lookalikes from the allow
 *                 list, or blocking entries from the block list
 */
public record EwsVerdict(String status, String reason, List<EntryVerdict> entries, List<String> toAdd, List<String> toRemove) {

    /** Immutable, since one verdict is shared by every session that asks the same question of the same lists. */
    public EwsVerdict {
        entries = List.copyOf(entries);
        toAdd = List.copyOf(toAdd);
        toRemove = List.copyOf(toRemove);
    }

    /**
     * One of the guide's entries against the list.
     *
     * @param guideEntry the entry the guide asks for
     * @param listEntry  the list entry that decides it, exactly as stored, or null when none does
     * @param status     {@code pass}, {@code warn} or {@code fail} for this entry alone
     * @param text       what the admin reads: the two entries side by side and how they relate
     */
    public record EntryVerdict(String guideEntry, String listEntry, String status, String text) {
    }

    public boolean is(String s) {
        return status.equals(s);
    }
}
