package ted.facts;

/**
 * One Microsoft Remote Connectivity Analyzer (https://testconnectivity.microsoft.com) result, typed in by the admin.
 * {@code Test} is one of {@code Autodiscover}, {@code FreeBusy}, {@code TeamsCalendarApp}, {@code TeamsPresence};
 * {@code Direction} (Free/Busy only) is {@code OnPremisesToCloud} or {@code CloudToOnPremises};
 * {@code Result} is {@code Success}, {@code Warning} or {@code Failed}.
 */
public record ConnectivityTest(String Test, Ref Mailbox, String Direction, String Result, String Detail) {

    public boolean passed() {
        return Result != null && Result.trim().equalsIgnoreCase("Success");
    }

    public String mailboxKey() {
        return Mailbox == null ? null : Mailbox.getKey();
    }
}
