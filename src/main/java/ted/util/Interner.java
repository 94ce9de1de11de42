package ted.util;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each equal string read from an organisation's exports. The same values come back on every record
 * ("UserMailbox", "Calendar", "Default", a policy name) and every person's name comes back in every file that names
 * them; kept once each, a 100,000-mailbox organisation holds a fraction of the strings. Lives as long as one read; not
 * for several threads at once.
 */
public final class Interner {
    /** Keeps every string as it comes: for a read that keeps only a few people, where a table of everyone would cost more than it saves. */
    public static final Interner NONE = new Interner(false);

    private final Map<String, String> seen;

    private Interner(boolean active) {
        this.seen = active ? new HashMap<>() : null;
    }

    public static Interner create() {
        return new Interner(true);
    }

    /** The first string equal to {@code s} this interner saw, else {@code s}; null stays null. */
    public String of(String s) {
        if (s == null || seen == null) {
            return s;
        }
        String known = seen.putIfAbsent(s, s);
        return known != null ? known : s;
    }
}
