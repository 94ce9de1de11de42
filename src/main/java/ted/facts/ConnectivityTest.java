package ted.facts;

/**
 * One Microsoft Remote Connectivity Analyzer (https://testconnectivity.microsoft.com) result, typed in by the admin.
 * {@code Test} is one of {@code Autodiscover}, {@code FreeBusy}, {@code TeamsCalendarApp}, {@code TeamsPresence};
 * {@code Direction} (Free/Busy only) is {@code OnPremisesToCloud} or {@code CloudToOnPremises};
 * {@code Result} is {@code Success}, {@code Warning} (the analyzer's "successful with warnings") or {@code Failed}.
 */
public record ConnectivityTest(String Test, Ref Mailbox, String Direction, String Result, String Detail) {

    /** Test and direction names compare ignoring case, spaces and hyphens ("Free/Busy", "free-busy", "FreeBusy"). */
    public static boolean same(String a, String b) {
        return a != null && b != null && squeeze(a).equals(squeeze(b));
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s/_-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    public boolean is(String test) {
        return same(Test, test);
    }

    public boolean runs(String direction) {
        return same(Direction, direction);
    }

    /** Success without warnings. */
    public boolean passed() {
        return Result != null && Result.trim().equalsIgnoreCase("Success");
    }

    /** The analyzer's "Successful with warnings": the path works, with something to look at. */
    public boolean passedWithWarnings() {
        return Result != null && Result.trim().matches("(?i)warnings?|success(ful)?\\s+with\\s+warnings?");
    }

    /** Neither a success nor a success with warnings (a missing Result counts as failed: nothing says it worked). */
    public boolean failed() {
        return !passed() && !passedWithWarnings();
    }

    /** True when the test was run for {@code who}, whichever of its names the result used. */
    public boolean isFor(Ref who) {
        return Mailbox != null && Mailbox.sameAs(who);
    }
}
