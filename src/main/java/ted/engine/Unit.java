package ted.engine;

import java.util.Locale;
import java.util.Set;
import ted.facts.Symptom;

/**
 * What one check is about, so that an organisation scan counts things rather than evaluations: the organisation
 * (counted once however many subjects evaluated it), one mailbox (the subject's mailbox, the delegator's in a delegate
 * pair's session), or one delegate pair. A check definition names it in {@code @unit}; without it, a check serving only
 * delegated scheduling is about the pair and any other about the mailbox (never the organisation by default: that
 * would fold different mailboxes' verdicts into one).
 */
public enum Unit {
    ORGANIZATION("organization", "organisation", "organisation"),
    MAILBOX("mailbox", "mailbox", "mailboxes"),
    PAIR("pair", "delegate pair", "delegate pairs");

    private final String id;
    private final String one;
    private final String many;

    Unit(String id, String one, String many) {
        this.id = id;
        this.one = one;
        this.many = many;
    }

    public String id() {
        return id;
    }

    /** "1 mailbox", "2,071 mailboxes". */
    public String count(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** The singular ("delegate pair"). */
    public String singular() {
        return one;
    }

    /** The plural, as a heading says it ("mailboxes"). */
    public String plural() {
        return many;
    }

    public static Unit parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Unit u : values()) {
            if (u.id.equals(wanted)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + text + "'; expected organization, mailbox or pair");
    }

    /** The unit of a definition without {@code @unit}. */
    static Unit byDefault(Set<Symptom> symptoms) {
        return symptoms.equals(Set.of(Symptom.DELEGATION)) ? PAIR : MAILBOX;
    }

    @Override
    public String toString() {
        return id;
    }
}
