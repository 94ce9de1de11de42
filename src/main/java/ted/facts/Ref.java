package ted.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A reference to a person or account as one export spelled it: UPN, SMTP address, alias, display name,
 * canonical name ({@code contoso.com/Users/Jane Doe}) or DN. The reader resolves it to a {@link Recipient}
 * once all files are read, so rules compare {@link #getKey()} and never the spelling.
 */
public final class Ref {
    private final String raw;
    private Recipient recipient;
    private java.util.List<Recipient> candidates = java.util.List.of();
    /** Worked out once per resolution: rules compare keys for every pair of facts they join. */
    private String key;

    private Ref(String raw) {
        this.raw = raw.trim();
    }

    @JsonCreator
    public static Ref of(String raw) {
        return raw == null || raw.isBlank() ? null : new Ref(raw);
    }

    /** Called once by the identity resolver; a reference nobody can resolve keeps its own spelling as key. */
    public void resolveTo(Recipient resolved) {
        this.recipient = resolved;
        this.key = null;
    }

    /**
     * As {@link #resolveTo(Recipient)}, with the key the resolver hands every reference to that recipient: an
     * organisation's export holds about ten references per mailbox, and one key string each would be most of them.
     */
    public void resolveTo(Recipient resolved, String sharedKey) {
        this.recipient = resolved;
        this.key = sharedKey;
    }

    /** For a reference nobody resolves: its key ({@code Identities.normalize} of the spelling), shared among equal spellings. */
    public void shareKey(String sharedKey) {
        if (recipient == null) {
            this.key = sharedKey;
        }
    }

    /**
     * Called by the identity resolver when the spelling fits several recipients (a display name two people share): the
     * reference stays unresolved, and rules must treat it as possibly any of them.
     */
    public void markAmbiguous(java.util.List<Recipient> among) {
        this.candidates = java.util.List.copyOf(among);
    }

    /** True when the spelling fits more than one recipient. */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }

    /** The recipients an ambiguous reference may stand for; empty otherwise. */
    public java.util.List<Recipient> getCandidates() {
        return candidates;
    }

    /** True when this reference is {@code other}, or is ambiguous and {@code other} is one of its candidates. */
    public boolean mightBe(Ref other) {
        return sameAs(other) || other != null && candidates.stream().anyMatch(c -> c.key().equals(other.getKey()));
    }

    @JsonValue
    public String getRaw() {
        return raw;
    }

    public boolean isResolved() {
        return recipient != null;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    /** Case-insensitive identity shared by every spelling of the same recipient. */
    public String getKey() {
        String k = key;
        if (k == null) {
            k = recipient != null ? recipient.key() : Identities.normalize(raw);
            key = k;
        }
        return k;
    }

    /** The best name to type into a cmdlet: the UPN when known, else what the export said. */
    public String getUpn() {
        return recipient != null && recipient.UserPrincipalName() != null ? recipient.UserPrincipalName() : raw;
    }

    /** The primary SMTP address when known, else the best identity we have. */
    public String getSmtp() {
        return recipient != null && recipient.PrimarySmtpAddress() != null ? recipient.PrimarySmtpAddress() : getUpn();
    }

    public boolean sameAs(Ref other) {
        return other != null && getKey().equals(other.getKey());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref other && getKey().equals(other.getKey());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getKey());
    }

    /** Shows the spelling the export used and, when it differs, what it resolved to. */
    @Override
    public String toString() {
        String upn = getUpn();
        return upn.toLowerCase(Locale.ROOT).equals(raw.toLowerCase(Locale.ROOT)) ? raw : raw + " (" + upn + ")";
    }
}
