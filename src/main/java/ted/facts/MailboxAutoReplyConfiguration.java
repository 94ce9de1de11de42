package ted.facts;

/**
 * Automatic replies, from {@code Get-MailboxAutoReplyConfiguration <user> | Format-List Identity,AutoReplyState,StartTime,EndTime}.
 * {@code AutoReplyState} is {@code Disabled}, {@code Enabled} or {@code Scheduled}.
 */
public record MailboxAutoReplyConfiguration(Ref Identity, String AutoReplyState, String StartTime, String EndTime) {

    public String key() {
        return Identity == null ? "" : Identity.getKey();
    }
}
