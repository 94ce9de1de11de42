package ted.engine;

import java.util.Locale;

/** The outcome of one check. The order is the order of concern, worst first. */
public enum Status {
    /** A documented cause that breaks the symptom. */
    FAIL,
    /**
     * A rule threw while it was evaluated, so the check could not be decided: a defect of the knowledge base (or of a
     * {@code --rules} folder), never of the admin's configuration. The finding names the rule, its file:line and the
     * message.
     */
    ERROR,
    /** A risky or deprecated setup that still works. */
    WARN,
    /** A fact the check needs is missing; the finding says how to collect it. */
    UNKNOWN,
    /** Something worth knowing that is not a fault. */
    INFO,
    /** The check does not apply (e.g. an on-premises check for a mailbox in Exchange Online). */
    SKIPPED,
    /** The check found nothing wrong. */
    PASS;

    /** Pass, warn and fail decide something about the symptom; the others say it could not be, or need not be. */
    public boolean decides() {
        return this == PASS || this == WARN || this == FAIL;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown status '" + text + "'; expected fail, error, warn, unknown, info, skipped or pass");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
