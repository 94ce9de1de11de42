package ted.redact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The run's book of pseudonyms: every identifying value met, in the order met, and the stand-in it gets. The same value
 * (in any letter case) always gets the same stand-in, so a redacted report still reads consistently across checks and
 * formats; one person keeps one number in all their names ({@code user3@domain1.example}, {@code user3},
 * {@code User 3}). Stand-ins use names reserved for documentation (RFC 2606 {@code .example}, RFC 5737 and RFC 3849
 * addresses), so they can never be mistaken for real ones.
 */
final class Pseudonyms {
    /** What kind of value a stand-in replaces; also the column of the redaction map. */
    enum Kind { PERSON, NAME, SERVER, HOST, DOMAIN, TENANT, ORG_UNIT, ORGANIZATION, POLICY, IP, GUID, THUMBPRINT, FOLDER }

    /** Microsoft's own service domains: kept, since they say where a request goes, not whose it is. */
    static final List<String> MICROSOFT_DOMAINS = List.of("outlook.com", "office365.com", "office.com", "microsoftonline.com",
            "microsoftonline-p.com", "windows.net", "microsoft.com", "lync.com", "skype.com", "live.com", "msft.net",
            "azure.com", "microsoft365.com", "cloud.microsoft", "msidentity.com", "windows-ppe.net");
    /** Microsoft domains whose first label is the tenant's own name (contoso.onmicrosoft.com). */
    static final List<String> TENANT_DOMAINS = List.of("mail.onmicrosoft.com", "onmicrosoft.com", "sharepoint.com",
            "mail.protection.outlook.com");
    /** Application identifiers Microsoft publishes for every tenant (Exchange Online, Skype, Graph, Teams scheduler). */
    static final Set<String> WELL_KNOWN_GUIDS = Set.of("00000002-0000-0ff1-ce00-000000000000",
            "00000004-0000-0ff1-ce00-000000000000", "00000003-0000-0ff1-ce00-000000000000",
            "00000003-0000-0000-c000-000000000000", "00000001-0000-0000-c000-000000000000",
            "7557eb47-c689-4224-abcf-aef9bd7573df", "00000000-0000-0000-0000-000000000000",
            "00000007-0000-0ff1-ce00-000000000000", "00000005-0000-0ff1-ce00-000000000000");
    /** Host labels that name a role, not a place or a person: kept so the report still says which endpoint it was. */
    static final Set<String> ROLE_LABELS = Set.of("mail", "autodiscover", "owa", "ews", "webmail", "remote", "smtp", "www",
            "outlook", "exchange", "hybrid", "sts", "adfs", "login", "lyncdiscover", "sip", "meet", "dialin", "legacy",
            "mapi", "imap", "pop", "autodiscover-s", "enterpriseregistration", "enterpriseenrollment");

    private final Map<Kind, Integer> counters = new HashMap<>();
    private final Map<String, String> byValue = new LinkedHashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final List<String[]> entries = new ArrayList<>();

    /** The stand-in for {@code value}, or null when none was given yet. */
    String get(String value) {
        return byValue.get(key(value));
    }

    /** The stand-in for {@code value}: the one given before, else {@code make}'s for the next number of its kind. */
    String of(Kind kind, String value, java.util.function.IntFunction<String> make) {
        String known = get(value);
        if (known != null) {
            return known;
        }
        int n = counters.merge(kind, 1, Integer::sum);
        return put(kind, value, make.apply(n));
    }

    /** Records a stand-in decided elsewhere (one person's several names share a number). */
    String put(Kind kind, String value, String pseudonym) {
        String k = key(value);
        byValue.putIfAbsent(k, pseudonym);
        if (!kinds.containsKey(k)) {
            kinds.put(k, kind);
            entries.add(new String[] {kind.name().toLowerCase(Locale.ROOT), value, pseudonym});
        }
        return byValue.get(k);
    }

    int next(Kind kind) {
        return counters.merge(kind, 1, Integer::sum);
    }

    /** Every value replaced, with its kind and stand-in, in the order met: what {@code --redact-map} writes. */
    List<String[]> entries() {
        return List.copyOf(entries);
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
