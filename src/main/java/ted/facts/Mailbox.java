package ted.facts;

import java.util.List;

/**
 * A recipient's mailbox record, from {@code Get-Mailbox} (on-premises mailboxes) or {@code Get-RemoteMailbox}
 * (mailboxes moved to Exchange Online, RecipientTypeDetails {@code RemoteUserMailbox}). It carries every name the
 * person is known by, so it is also what the identity resolver learns from.
 */
public record Mailbox(String UserPrincipalName, String PrimarySmtpAddress, String Alias, String DisplayName,
                      Ref Identity, String DistinguishedName, String RecipientTypeDetails, String ServerName,
                      List<Ref> GrantSendOnBehalfTo) {

    /** A mailbox exported without Identity is still somebody: it is known by its first other name. */
    public Mailbox {
        GrantSendOnBehalfTo = PartialList.fromMarked(GrantSendOnBehalfTo);
        if (Identity == null) {
            Identity = Ref.of(java.util.stream.Stream.of(UserPrincipalName, PrimarySmtpAddress, DistinguishedName, Alias)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        }
    }

    /** The names this record ties together, for the identity resolver. */
    public Recipient recipient() {
        return new Recipient(UserPrincipalName, PrimarySmtpAddress, Alias, DisplayName,
                Identity == null ? null : Identity.getRaw(), DistinguishedName);
    }

    public String key() {
        return Identity == null ? "?" : Identity.getKey();
    }

    /** True when GrantSendOnBehalfTo was collected in full (not absent, not cut short by the export). */
    public boolean sendOnBehalfListKnown() {
        return GrantSendOnBehalfTo != null && PartialList.isComplete(GrantSendOnBehalfTo);
    }

    /** True when an entry of GrantSendOnBehalfTo is a display name several recipients share, {@code who} among them. */
    public boolean mayGrantSendOnBehalfTo(Ref who) {
        return who != null && GrantSendOnBehalfTo != null
                && GrantSendOnBehalfTo.stream().anyMatch(r -> r != null && r.isAmbiguous() && r.mightBe(who));
    }

    /** True when {@code who} is among the GrantSendOnBehalfTo entries, whichever name each entry used. */
    public boolean grantsSendOnBehalfTo(Ref who) {
        return who != null && GrantSendOnBehalfTo != null && GrantSendOnBehalfTo.stream().anyMatch(who::sameAs);
    }
}
