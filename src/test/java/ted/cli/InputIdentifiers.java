package ted.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ted.read.TextDecoding;

/**
 * Every identifying value in a set of inputs, collected from the files' own text by shape and by property name, and
 * from the path they were read from: the redaction tests look for each in every output. Independent of TED's own
 * tables on purpose: a value TED never learned is exactly what must still be found here.
 */
final class InputIdentifiers {
    /** Properties whose values identify someone or something, as the exports and facts files spell them. */
    private static final Set<String> IDENTIFYING = Set.of("DisplayName", "Alias", "UserPrincipalName", "PrimarySmtpAddress",
            "WindowsEmailAddress", "ExternalEmailAddress", "ServerName", "Fqdn", "Server", "PSComputerName", "DistinguishedName",
            "Rdn", "Parent", "Identity", "User", "Thumbprint", "CurrentCertificateThumbprint", "TargetAddressDomains",
            "ExternalUrl", "InternalUrl", "GrantSendOnBehalfTo", "LinkedAccount", "Members", "EmailAddress", "Mailbox",
            "Subject", "AuthMetadataUrl", "IssuerIdentifier", "OriginatingServer", "Url", "user", "delegate", "Site",
            "SamAccountName", "CanonicalName", "RoleAssignee", "Name");
    /** Properties that name a person only in files of people: elsewhere they name a setting, a policy, an application. */
    private static final Set<String> PEOPLE_ONLY = Set.of("Name", "Identity");
    /** Files (by name) and sections whose Name property is a person's or a group's, not a setting's. */
    private static final Pattern PEOPLE_FILES = Pattern.compile("(?i)^Get-?\\w*?(Mailbox|User|Recipient|Group)\\w*\\.\\w+$");

    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern GUID = Pattern.compile("(?<![0-9a-fA-F])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])");
    private static final Pattern THUMBPRINT = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Fa-f]{40}(?![0-9A-Za-z])");
    /** A host name: dotted labels ending in a top-level domain (or an internal one: .local, .lab, .corp, .lan). */
    private static final Pattern HOST = Pattern.compile("(?<![A-Za-z0-9.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+"
            + "(?i:com|net|org|edu|gov|local|lab|corp|lan|internal|io|de|uk|fr|nl|ch|at|eu|info|biz)(?![A-Za-z0-9-])");
    private static final Pattern URL_HOST = Pattern.compile("(?i)https?://([A-Za-z0-9.-]+)");
    private static final Pattern DN_PART = Pattern.compile("(?i)(?<![A-Za-z])(?:CN|OU|DC|O|L|S|ST)=((?:\\\\,|[^,=\"<>\\r\\n])+)");

    /**
     * Public constants that are in the inputs but identify no one, each with why. Not the inputs' names: only what is
     * the same in every organisation.
     */
    static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            Map.entry("00000002-0000-0ff1-ce00-000000000000", "Exchange Online's application ID, the same in every tenant"),
            Map.entry("00000004-0000-0ff1-ce00-000000000000", "Skype for Business Online's application ID"),
            Map.entry("00000003-0000-0ff1-ce00-000000000000", "SharePoint Online's application ID"),
            Map.entry("00000007-0000-0ff1-ce00-000000000000", "Dynamics CRM Online's application ID"),
            Map.entry("00000000-0000-0000-0000-000000000000", "the empty GUID"),
            Map.entry("7557eb47-c689-4224-abcf-aef9bd7573df", "the Teams scheduler's application ID, the same in every tenant"),
            Map.entry("Exchange", "the product's name (and the folder HealthChecker writes)"),
            Map.entry("Default Web Site", "IIS's own site name"),
            Map.entry("EWS (Default Web Site)", "Exchange's own virtual directory name"),
            Map.entry("Microsoft Exchange", "Exchange's own AD container"),
            Map.entry("Microsoft Exchange System Objects", "Exchange's own AD container"),
            Map.entry("Exchange Administrative Group (FYDIBOHF23SPDLT)", "Exchange's own AD container, the same everywhere"),
            Map.entry("Administrative Groups", "Exchange's own AD container"),
            Map.entry("First Organization", "Exchange's default organisation name"),
            Map.entry("Servers", "Exchange's own AD container"),
            Map.entry("Services", "AD's own container"),
            Map.entry("Configuration", "AD's own naming context"),
            Map.entry("Users", "AD's own container"),
            Map.entry("Calendar", "the default folder's name"),
            Map.entry("Default", "the calendar permission of everyone"),
            Map.entry("Anonymous", "the calendar permission of anonymous users"),
            Map.entry("Global", "Teams' built-in policy"),
            Map.entry("TeamsScheduler", "the partner application's default name"),
            Map.entry("Exchange Online", "the partner application's default name"),
            Map.entry("Microsoft Exchange Server Auth Certificate", "the auth certificate's default subject"),
            Map.entry("ACS", "Exchange's built-in auth server name"),
            Map.entry("EvoSts", "Microsoft Entra ID's token service, as HCW names it"),
            Map.entry("Roles", "AD container of RBAC roles"),
            Map.entry("RBAC", "AD container of RBAC roles"),
            Map.entry("UserApplication", "a built-in role"),
            Map.entry("TeamsSchedulerRole", "a built-in role name"),
            Map.entry("Exchange.asmx", "EWS's path"),
            Map.entry("Application", "a built-in role type"),
            Map.entry("EWS", "Exchange Web Services, a product's name and virtual directory"),
            Map.entry("mail", "a host name's role label (mail.contoso.com), the same in every organisation"),
            Map.entry("autodiscover", "a host name's role label, the same in every organisation"),
            Map.entry("Hybrid Configuration", "the name of the object the Hybrid Configuration Wizard writes, in every organisation"),
            Map.entry("SfBLegacy", "a partner application Exchange's hybrid set-up creates under this name"),
            Map.entry("CloudVoicemail", "a partner application Exchange's hybrid set-up creates under this name"),
            Map.entry("Microsoft Graph", "a partner application Exchange creates under this name"),
            Map.entry("Schema", "AD's schema naming context"),
            Map.entry("System", "AD's own container"),
            Map.entry("Kalender", "the calendar folder's German name, the same in every German mailbox"));
    /** Microsoft's public service domains: a request goes there in every organisation. */
    private static final List<String> MICROSOFT = List.of("outlook.com", "office365.com", "office.com", "microsoftonline.com",
            "windows.net", "microsoft.com", "live.com", "live-int.com", "lync.com", "skype.com", "w3.org", "digicert.com",
            "exchange.net", "cloudapp.net", "officeapps.live.com", "asp.net", "onmicrosoft.com", "sharepoint.com",
            "outlook.cn");   // partner.outlook.cn: Microsoft's cloud in China, in Exchange's shipped web.config

    /** Microsoft's domains whose first label below them is the tenant's name: only that label identifies. */
    private static final List<String> TENANT_DOMAINS = List.of("mail.onmicrosoft.com", "onmicrosoft.com", "sharepoint.com");

    private InputIdentifiers() {
    }

    /**
     * Every identifying value in the files under {@code input} (a file or a folder), and the input's own path, each with
     * the file it was found in (so a failure says where to look).
     */
    static Map<String, String> of(Path input) throws IOException {
        Map<String, String> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> ids = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        path(input, ids);
        ids.forEach(id -> found.put(id, "the input's path"));
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("LICENSE")).toList();
        }
        for (Path f : files) {
            String text = TextDecoding.decode(Files.readAllBytes(f));
            properties(text, PEOPLE_FILES.matcher(f.getFileName().toString()).matches(), ids);
            shapes(text, ids);
            ids.forEach(id -> found.putIfAbsent(id, f.getFileName().toString()));
        }
        found.keySet().removeIf(InputIdentifiers::notIdentifying);
        return found;
    }

    /** The path as given and absolute, and the name of each folder on it. */
    private static void path(Path input, Set<String> ids) {
        Path folder = Files.isDirectory(input) ? input : input.getParent();
        if (folder == null) {
            return;
        }
        ids.add(folder.toString());
        ids.add(folder.toAbsolutePath().normalize().toString());
        for (Path part : folder) {
            ids.add(part.toString());
        }
    }

    private static void properties(String text, boolean names, Set<String> ids) {
        Set<String> keys = new TreeSet<>(IDENTIFYING);
        if (!names) {
            keys.removeAll(PEOPLE_ONLY);
        }
        String alt = String.join("|", keys);
        List<Pattern> forms = List.of(
                Pattern.compile("(?m)^\\s*-?\\s*(?:" + alt + ")\\s*:\\s*(.+?)\\s*$"),          // YAML and Format-List
                Pattern.compile("\"(?:" + alt + ")\"\\s*:\\s*\"((?:\\\\.|[^\"])*)\""),         // JSON
                Pattern.compile("<S N=\"(?:" + alt + ")\">([^<]*)</S>"));                      // CliXml
        for (Pattern p : forms) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                // a YAML comment after the value is the sample's explanation, not the value
                split(m.group(1).replace("\\\\", "\\").replace("&amp;", "&").replaceAll("\\s+#\\s.*$", ""), ids);
            }
        }
        csv(text, keys, ids);
    }

    /** Export-Csv: the identifying columns of every row. */
    private static void csv(String text, Set<String> keys, Set<String> ids) {
        List<String> lines = text.lines().filter(l -> !l.startsWith("#")).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("\"")) {
            return;
        }
        String sep = lines.get(0).contains("\";\"") ? ";" : ",";
        List<String> header = List.of(lines.get(0).replace("\"", "").split(sep));
        for (String line : lines.subList(1, lines.size())) {
            Matcher cell = Pattern.compile("\"((?:[^\"]|\"\")*)\"").matcher(line);
            for (int i = 0; cell.find() && i < header.size(); i++) {
                if (keys.contains(header.get(i))) {
                    split(cell.group(1).replace("\"\"", "\""), ids);
                }
            }
        }
    }

    private static void shapes(String text, Set<String> ids) {
        for (Pattern p : List.of(EMAIL, GUID, THUMBPRINT, HOST)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                split(m.group(), ids);
            }
        }
        Matcher url = URL_HOST.matcher(text);
        while (url.find()) {
            if (url.group(1).contains(".")) {   // http://server/ in a shipped config file is a placeholder, not a host
                domain(url.group(1), ids);
            }
        }
        Matcher dn = DN_PART.matcher(text);
        while (dn.find()) {
            ids.add(dn.group(1).replace("\\,", ",").strip());
        }
    }

    /** A value, and its parts: an address's local part and domain, a DN's names, a path's folders, a URL's host. */
    private static void split(String value, Set<String> ids) {
        String v = value.strip().replaceAll("^['\"\\[{@]+|['\"\\]}]+$", "");
        if (v.isEmpty() || v.equalsIgnoreCase("null")) {
            return;
        }
        for (String item : v.split("\\s*[,;]\\s*(?![^=,]*=)|,\\s*(?=[A-Za-z ]+$)")) {
            item = item.strip().replaceAll("^['\"]+|['\"]+$", "");
            Matcher url = URL_HOST.matcher(item);
            if (url.lookingAt()) {
                domain(url.group(1), ids);   // a URL's path is the product's, its host is the organisation's
                continue;
            }
            ids.add(item);
            if (item.contains("@")) {
                ids.add(item.substring(0, item.indexOf('@')));
                domain(item.substring(item.indexOf('@') + 1), ids);
            }
            for (String part : item.split("[/\\\\]|:\\\\|,\\s*")) {
                String p = part.replaceAll("^(?i)(CN|OU|DC|O|L|S|ST)=", "").strip();
                if (!p.isEmpty() && !p.equals(item)) {
                    ids.add(p);
                    if (p.contains(".") && !p.contains(" ")) {
                        domain(p, ids);
                    }
                }
            }
            if (HOST.matcher(item).matches()) {
                domain(item, ids);
            }
        }
    }

    /** A host: itself, its registrable domain, the organisation's name in it, and its other labels. */
    private static void domain(String host, Set<String> ids) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String tenant : TENANT_DOMAINS) {
            if (h.endsWith("." + tenant)) {
                String below = h.substring(0, h.length() - tenant.length() - 1);
                ids.add(h);
                ids.add(below.substring(below.lastIndexOf('.') + 1));   // the tenant's own name
                return;
            }
        }
        if (microsoft(h)) {
            return;
        }
        ids.add(h);
        String[] labels = h.split("\\.");
        if (labels.length >= 2) {
            ids.add(labels[labels.length - 2] + "." + labels[labels.length - 1]);
            ids.add(labels[labels.length - 2]);
        }
        for (int i = 0; i < labels.length - 2; i++) {
            ids.add(labels[i]);
        }
    }

    private static boolean microsoft(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return MICROSOFT.stream().anyMatch(ms -> h.equals(ms) || h.endsWith("." + ms)) || h.startsWith("microsoft.")
                || h.startsWith("system.");
    }

    /** Too short to mean anything, a number or build, a cmdlet's or .NET's own word, or a public constant. */
    private static boolean notIdentifying(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        String value = id.replaceFirst("^(?i)(CN|OU|O)=", "");
        return id.length() < 3 || WELL_KNOWN.keySet().stream().anyMatch(w -> w.equalsIgnoreCase(value)) || id.equals("..")
                || lower.startsWith("ms-exch-")   // AD schema classes and attributes: the same in every forest
                || id.matches("[\\d.]+") || id.startsWith("$") || microsoft(lower) || lower.matches("https?|com|net|org|local|lab")
                || lower.startsWith("microsoft.") || lower.startsWith("system.") || lower.startsWith("deserialized.");
    }
}
