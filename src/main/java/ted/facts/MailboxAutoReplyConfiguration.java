package ted.facts;

/**
 * Automatic replies, from {@code Get-MailboxAutoReplyConfiguration <user> | Format-List Identity,AutoReplyState,StartTime,EndTime}.
 * {@code AutoReplyState} is {@code Disabled}, {@code Enabled} or {@code Scheduled}.
 */
public record MailboxAutoReplyConfiguration(Ref Identity, String AutoReplyState, String StartTime, String EndTime) {

    public String key() {
        return Identity == null ? "" : Identity.getKey();
    }

    /**
     * Where a Scheduled window stands at {@code asOf} (when the facts were collected, a date or a date-time):
     * {@code running}, {@code ended}, {@code future}, or {@code undetermined} when a time cannot be read or, for a
     * date-only {@code asOf}, the window starts or ends on that very day.
     */
    public String scheduleAt(String asOf) {
        java.time.LocalDateTime start = Moments.parse(StartTime);
        java.time.LocalDateTime end = Moments.parse(EndTime);
        java.time.LocalDateTime at = Moments.parse(asOf);
        if (start == null || end == null || at == null) {
            return "undetermined";
        }
        if (Moments.isDateOnly(asOf)) {
            java.time.LocalDate day = at.toLocalDate();
            if (end.toLocalDate().isBefore(day)) {
                return "ended";
            }
            if (start.toLocalDate().isAfter(day)) {
                return "future";
            }
            return start.toLocalDate().isBefore(day) && end.toLocalDate().isAfter(day) ? "running" : "undetermined";
        }
        if (!at.isBefore(end)) {
            return "ended";
        }
        return at.isBefore(start) ? "future" : "running";
    }
}
