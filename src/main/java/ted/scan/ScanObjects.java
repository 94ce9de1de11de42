package ted.scan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ted.engine.Unit;

/**
 * The things a scan's checks are about, numbered once before the scan: the organisation (one), every mailbox (a
 * mailbox subject's, and a delegator's: a pair's mailbox checks are about the delegator's mailbox), every delegate
 * pair. Each subject maps to its objects by its index in the scanned list, so counting per object during the scan is
 * an array read, never a search or a key built per finding.
 */
public final class ScanObjects {
    private final int[] mailboxOf;
    private final int[] pairOf;
    private final Subject[] mailboxes;
    private final Subject[] pairs;

    public ScanObjects(List<Subject> subjects) {
        mailboxOf = new int[subjects.size()];
        pairOf = new int[subjects.size()];
        Map<String, Integer> byKey = new HashMap<>();
        Subject[] m = new Subject[subjects.size()];
        Subject[] p = new Subject[subjects.size()];
        int pairCount = 0;
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            Integer id = byKey.get(s.user().getKey());
            if (id == null) {
                id = byKey.size();
                byKey.put(s.user().getKey(), id);
                m[id] = s;
            }
            mailboxOf[i] = id;
            pairOf[i] = s.delegate() == null ? -1 : pairCount;
            if (s.delegate() != null) {
                p[pairCount++] = s;
            }
        }
        mailboxes = java.util.Arrays.copyOf(m, byKey.size());
        pairs = java.util.Arrays.copyOf(p, pairCount);
    }

    /** How many objects of the unit the scan has. */
    public int count(Unit unit) {
        return switch (unit) {
            case ORGANIZATION -> 1;
            case MAILBOX -> mailboxes.length;
            case PAIR -> pairs.length;
        };
    }

    /** The object of {@code unit} that subject {@code index}'s findings are about; -1 when it has none (a pair check of a mailbox). */
    public int of(Unit unit, int index) {
        return switch (unit) {
            case ORGANIZATION -> 0;
            case MAILBOX -> mailboxOf[index];
            case PAIR -> pairOf[index];
        };
    }

    /** A subject that names object {@code id} (its user, and for a pair its delegate); null for the organisation. */
    public Subject named(Unit unit, int id) {
        return switch (unit) {
            case ORGANIZATION -> null;
            case MAILBOX -> mailboxes[id];
            case PAIR -> pairs[id];
        };
    }

    /** The object as a text and its examples name it: the mailbox, "delegator / delegate", or "the organisation". */
    public String name(Unit unit, int id) {
        Subject s = named(unit, id);
        if (s == null) {
            return "the organisation";
        }
        return unit == Unit.PAIR ? s.userName() + " / " + s.delegateName() : s.userName();
    }
}
