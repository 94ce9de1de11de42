package ted.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The faults {@link OrgExportGenerator} injects with {@code --faults}, each at a known rate decided by the mailbox's
 * number, and the counts a scan must report for them. One table for both, so the generator and the check cannot
 * drift apart. A mailbox has at most one mailbox fault (buckets of its number modulo 20); servers, delegate pairs and
 * the organisation have their own. The counts are of things, as the scan counts them: a mailbox whose fault is seen
 * both as a subject and as a delegator (EWS off on mailbox 12, 32, ...) is one mailbox; the organisation is one.
 */
public final class Faults {
    static final String CALENDAR_APP = "ef56c0de-36fc-4ef8-b417-3d82ba9d073c";
    static final List<String> FULL_ALLOW_LIST = List.of("MicrosoftNinja/*", "*Teams/*", "SkypeSpaces/*", "*SchedulingService*",
            "*Microsoft.Skype.Presence.App/*");

    private Faults() {
    }

    /** EWS off: on a delegate (1, 21, ...), and on a delegator (12, 32, ...), whose pair's session sees it again. */
    static boolean ewsOff(int i) {
        return i % 20 == 1 || i % 20 == 12;
    }

    /** The organisation's EWS block list shuts the Calendar app's MicrosoftNinja/* out: one organisation-level fault. */
    static final List<String> ORG_BLOCK_LIST = List.of("MicrosoftNinja/*");

    /** The allow list lacks presence's entry. */
    static boolean noPresenceEntry(int i) {
        return i % 20 == 2;
    }

    /** The Calendar app's entry carries a stray trailing space, so it matches nothing. */
    static boolean straySpace(int i) {
        return i % 20 == 3;
    }

    static boolean coexistence(int i) {
        return i % 20 == 4;
    }

    static boolean noCalendarApp(int i) {
        return i % 20 == 5;
    }

    static boolean autoReplyOn(int i) {
        return i % 20 == 6;
    }

    /** Delegator i's delegate (i + 1) has Reviewer instead of Editor. */
    static boolean reviewerDelegate(int i) {
        return i % 20 == 8;
    }

    /** Delegator i never granted send-on-behalf (the pair comes from the calendar permission's Delegate flag). */
    static boolean noSendOnBehalf(int i) {
        return i % 20 == 10;
    }

    /** Mailboxes on EX04, which runs a build below the Calendar app's minimum. */
    static boolean oldServer(int i) {
        return i % 4 == 3;
    }

    /** Every mailbox gets an allow list (EnforceAllowList) so the two list faults stand out against complete ones. */
    static List<String> allowList(int i) {
        if (noPresenceEntry(i)) {
            return FULL_ALLOW_LIST.subList(0, 4);
        }
        if (straySpace(i)) {
            return List.of("MicrosoftNinja/* ", "*Teams/*", "SkypeSpaces/*", "*SchedulingService*", "*Microsoft.Skype.Presence.App/*");
        }
        return FULL_ALLOW_LIST;
    }

    /** code -> status -> objects, for every fault; codes and statuses not listed must count no fail and no warn. */
    public static Map<String, Map<String, Integer>> expected(int mailboxes) {
        Map<String, Map<String, Integer>> e = new TreeMap<>();
        put(e, "EWS_MAILBOX_ENABLED", "fail", count(mailboxes, Faults::ewsOff));
        put(e, "EWS_MAILBOX_ALLOWS_PRESENCE", "fail", count(mailboxes, Faults::noPresenceEntry));
        put(e, "EWS_MAILBOX_ALLOWS_CALENDAR_APP", "fail", count(mailboxes, Faults::straySpace));
        put(e, "COEXISTENCE_MODE", "fail", count(mailboxes, Faults::coexistence));
        put(e, "CALENDAR_APP_PINNED", "fail", count(mailboxes, Faults::noCalendarApp));
        put(e, "AUTO_REPLY_STATE", "warn", count(mailboxes, Faults::autoReplyOn));
        put(e, "EXCHANGE_BUILD_CALENDAR", "fail", count(mailboxes, Faults::oldServer));
        put(e, "EWS_ORG_ALLOWS_CALENDAR_APP", "fail", 1);
        IntPredicate delegator = i -> i % 2 == 0 && i + 1 < mailboxes;
        put(e, "DELEGATE_CALENDAR_EDITOR", "fail", count(mailboxes, i -> delegator.test(i) && reviewerDelegate(i)));
        put(e, "DELEGATE_SEND_ON_BEHALF", "fail", count(mailboxes, i -> delegator.test(i) && noSendOnBehalf(i)));
        return e;
    }

    /** The mailboxes with EWS off, as the scan names them: the objects EWS_MAILBOX_ENABLED must list. */
    public static List<String> mailboxesWithEwsOff(int mailboxes) {
        return java.util.stream.IntStream.range(0, mailboxes).filter(Faults::ewsOff).mapToObj(i -> "user" + i + "@contoso.com").toList();
    }

    static String expectedJson(int mailboxes) {
        StringBuilder json = new StringBuilder("{");
        expected(mailboxes).forEach((code, statuses) -> statuses.forEach((status, n) ->
                json.append(json.length() > 1 ? ", " : "").append('"').append(code).append('/').append(status).append("\": ").append(n)));
        return json.append("}\n").toString();
    }

    private static void put(Map<String, Map<String, Integer>> e, String code, String status, int n) {
        e.computeIfAbsent(code, k -> new TreeMap<>()).put(status, n);
    }

    private static int count(int mailboxes, IntPredicate p) {
        int n = 0;
        for (int i = 0; i < mailboxes; i++) {
            n += p.test(i) ? 1 : 0;
        }
        return n;
    }
}
