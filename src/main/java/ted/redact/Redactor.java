package ted.redact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ted.facts.Recipient;
import ted.redact.Pseudonyms.Kind;

/**
 * Replaces every identifying value in a text with its stand-in from the run's {@link Pseudonyms}: addresses, names of
 * people and groups, server and host names, domains, distinguished names, IP addresses, GUIDs other than Microsoft's
 * well-known application IDs, and certificate thumbprints. What makes a report useful stays: codes, statuses, builds,
 * cmdlets and parameters, role names, allow-list patterns, Microsoft's own endpoints.
 *
 * <p>Two sources together: the names the facts hold (learned first, so one person keeps one number in every form of
 * their name), and patterns for what has a shape (an address, a DN, a host, an IP, a GUID, a thumbprint), which catch a
 * value no fact named (a host inside an error message). One scan per text, left to right, so a stand-in is never
 * replaced again.
 */
public final class Redactor {
    // Not starting with an apostrophe: 'jane@contoso.com' is an address in PowerShell quotes (o'brien@ is still whole).
    private static final String EMAIL = "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-][A-Za-z0-9._%+'-]*@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,63}";
    /** An address in a URL's query, its @ encoded ({@code Email=jane.doe%40contoso.com}). */
    private static final String ENCODED_EMAIL = "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._+'-]+%40(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,63}";
    private static final String RDN = "(?:CN|OU|DC|O|L|S|ST|C)=(?:\\\\,|[^,=\\r\\n])+";
    private static final String DN = "(?i:" + RDN + "(?:,\\s*" + RDN + ")+)";
    private static final String GUID = "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])";
    private static final String THUMBPRINT = "(?<![0-9A-Za-z])[0-9A-Fa-f]{40}(?![0-9A-Za-z])";
    private static final String IPV4 = "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.])";
    private static final String IPV6 = "(?<![0-9A-Za-z:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?)(?![0-9A-Za-z:])";
    private static final String HOST = "(?<![A-Za-z0-9-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}(?![A-Za-z0-9-])";
    /** Every shape at once, in the order they are tried where several start at one place. */
    private static final Pattern SHAPES = Pattern.compile("(?<encoded>" + ENCODED_EMAIL + ")|(?<email>" + EMAIL + ")|(?<dn>" + DN + ")|(?<guid>" + GUID + ")|(?<thumb>"
            + THUMBPRINT + ")|(?<ipv4>" + IPV4 + ")|(?<ipv6>" + IPV6 + ")|(?<host>" + HOST + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHOLE_EMAIL = Pattern.compile(EMAIL);
    /** A file name holding an address: the address (perhaps after a word and a dash), the extension. */
    private static final Pattern FILE_NAME = Pattern.compile("(.+@.+)(\\.(?i:json|xml|csv|txt|yaml|yml|zip|log))");
    private static final Pattern FIRST_CN = Pattern.compile("^CN=((?:\\\\,|[^,])+)", Pattern.CASE_INSENSITIVE);
    /** Texts longer than this are not remembered: a whole rendered page is redacted once anyway. */
    private static final int REMEMBERED_LENGTH = 4096;
    private static final int REMEMBERED = 16_384;
    /** Endings that make a dotted word a host name even when no fact named its domain. */
    private static final Set<String> TLDS = Set.of("com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co",
            "us", "uk", "de", "fr", "nl", "be", "ch", "at", "it", "es", "se", "no", "dk", "fi", "pl", "cz", "ru", "jp", "cn",
            "au", "nz", "ca", "br", "in", "za", "ie", "eu", "local", "corp", "lan", "internal", "intra", "ad", "home", "test");
    /** Dotted words that are .NET or PowerShell names, not hosts. */
    private static final Set<String> NOT_HOSTS = Set.of("system", "microsoft", "windows");
    /** Names that are Exchange's own and mean the same in every organisation. */
    private static final Set<String> KEPT_NAMES = Set.of("default", "anonymous", "users", "calendar", "global", "computers",
            "builtin", "configuration", "services", "microsoft exchange", "microsoft exchange system objects",
            "microsoft exchange security groups", "monitoring mailboxes", "administrative groups", "servers", "databases",
            "exchange administrative group (fydibohf23spdlt)", "first organization", "system", "program data",
            "foreignsecurityprincipals", "managed service accounts", "exchange online", "owner", "editor", "reviewer",
            "author", "publishingeditor", "publishingauthor", "nonediting author", "noneditingauthor", "contributor",
            "availabilityonly", "limiteddetails", "none", "teamsscheduler", "userapplication", "teamsschedulerrole", "roles", "rbac",
            "microsoft exchange server auth certificate");

    /**
     * Folder names too common to be anyone's: replaced within an input path, but not wherever the word stands, where
     * it is the report's own ("Exchange" is the folder HealthChecker writes).
     */
    private static final Set<String> GENERIC_FOLDERS = Set.of("exchange", "users", "desktop", "documents", "downloads",
            "temp", "tmp", "home", "appdata", "local", "roaming", "onedrive", "windows", "program files", "system32", "data",
            "logs", "export", "exports", "config", "configuration", "files", "output", "input");

    private final Pseudonyms book = new Pseudonyms();
    private final Set<String> domains = new LinkedHashSet<>();
    private final Set<String> servers = new LinkedHashSet<>();
    private final Literals literals = new Literals();
    private final InputPaths paths = new InputPaths();
    /** Each person's number, by every name they were learned under, so their other names join the same number. */
    private final Map<String, Integer> personNumbers = new HashMap<>();
    /** Recipients already learned: an organisation's permissions name the same people hundreds of thousands of times. */
    private final Set<Recipient> learned = new HashSet<>();
    /**
     * Texts redacted since the last name was learned, and their redactions: a scan's causes and commands repeat for
     * every subject. Emptied whenever a name is learned, since a text redacted before may hold it.
     */
    private final Map<String, String> redacted = new HashMap<>();
    private int learnings;

    // ---- learning what the facts name ----

    /** A recipient the facts know: all of their names get one number. */
    public void person(Recipient r) {
        if (!learned.add(r)) {
            return;
        }
        Integer known = numberOf(r.UserPrincipalName(), r.PrimarySmtpAddress(), r.Alias(), r.DisplayName());
        int n = known != null ? known : book.next(Kind.PERSON);
        java.util.stream.Stream.of(r.UserPrincipalName(), r.PrimarySmtpAddress(), r.Alias(), r.DisplayName())
                .filter(Redactor::usable).forEach(name -> personNumbers.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), n));
        address(r.UserPrincipalName(), n);
        address(r.PrimarySmtpAddress(), n);
        if (usable(r.Alias())) {
            name(Kind.PERSON, r.Alias(), "user" + n);
        }
        if (usable(r.DisplayName())) {
            name(Kind.PERSON, r.DisplayName(), "User " + n);
        }
        if (r.CanonicalName() != null) {
            canonical(r.CanonicalName(), "User " + n);
        }
        if (r.DistinguishedName() != null) {
            Matcher cn = FIRST_CN.matcher(r.DistinguishedName());
            if (cn.find() && usable(cn.group(1))) {
                name(Kind.PERSON, cn.group(1).replace("\\,", ","), "User " + n);
            }
        }
    }

    /** A name the facts use for somebody they do not describe further (a permission's user, a group). */
    public void someone(String name) {
        if (!usable(name) || book.get(name) != null) {
            return;
        }
        int folder = name.indexOf(":\\");
        if (folder > 0) {
            someone(name.substring(0, folder));   // a folder's identity: its mailbox, then :\Calendar
            return;
        }
        if (WHOLE_EMAIL.matcher(name).matches()) {
            address(name, book.next(Kind.PERSON));
        } else if (name.contains("=")) {
            redact(name);
        } else if (name.contains("/")) {
            canonical(name, null);
        } else {
            name(Kind.NAME, name, "name" + book.next(Kind.NAME));
        }
    }

    /** A server's short name or FQDN. */
    public void server(String name) {
        if (!usable(name)) {
            return;
        }
        String shortName = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (servers.add(shortName.toLowerCase(Locale.ROOT))) {
            forget();
        }
        String stand = book.of(Kind.SERVER, shortName, n -> "server" + n);
        name(Kind.SERVER, shortName, stand);
        if (name.contains(".")) {
            domain(name.substring(name.indexOf('.') + 1));
        }
    }

    /** A domain (from an address, a URL, a connector's target domains). */
    public void domain(String domain) {
        if (usable(domain) && domain.contains(".")) {
            if (domains.add(domain.toLowerCase(Locale.ROOT))) {
                forget();
            }
            host(domain);
        }
    }

    /**
     * A path named on the command line, as given and as its absolute form: both disappear before a file's name, the
     * path named alone becomes its folder's stand-in, and each folder name as given (not the working folder's) is a
     * name to replace wherever it stands, since it is often the server's or the organisation's (HC-EXCH01-corpnet).
     */
    public void input(String asGiven, String absolute, boolean folder) {
        String given = trimSeparators(asGiven);
        List<String> parts = new ArrayList<>(List.of(given.split("[/\\\\]+")));
        if (!folder && !parts.isEmpty()) {
            parts.remove(parts.size() - 1);   // a file is shown by its name
        }
        String stand = null;
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.endsWith(":") || part.equals("~")) {
                continue;
            }
            stand = book.of(Kind.FOLDER, "folder:" + part, n -> "folder" + n);
            if (usable(part) && !GENERIC_FOLDERS.contains(part.toLowerCase(Locale.ROOT))) {
                name(Kind.FOLDER, part, stand);
            }
        }
        for (String path : List.of(given, trimSeparators(absolute))) {
            int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            if (cut > 0) {
                paths.folderBeforeFile(path.substring(0, cut + 1));
            }
            if (folder) {
                paths.folderBeforeFile(path + java.io.File.separator);
                paths.alone(path, stand == null ? "folder" : stand);
            }
        }
        forget();
    }

    /** A file read, as reports name it ({@code C:\...\HC-EXCH01\Get-Mailbox.xml}, {@code x.zip!/Get-Mailbox.xml}). */
    public void inputFile(String shown) {
        int cut = shown == null ? -1 : Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        if (cut > 0) {
            paths.folderBeforeFile(shown.substring(0, cut + 1));
            forget();
        }
    }

    private static String trimSeparators(String path) {
        String p = path;
        while (p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** A policy or other object an admin named (custom names can carry the organisation's). */
    public void policy(String name, Set<String> builtIn) {
        if (usable(name) && !builtIn.contains(name.toLowerCase(Locale.ROOT))) {
            name(Kind.POLICY, name, "policy" + book.next(Kind.POLICY));
        }
    }

    /** Free text from the facts (a URL, a subject, an error): whatever has a shape in it is learned by redacting it. */
    public void text(String text) {
        if (text != null) {
            redact(text);
        }
    }

    // ---- redacting ----

    /**
     * The text with every identifying value replaced by its stand-in. Input paths first (a file becomes its name, a
     * folder its stand-in), then one pass left to right over what has a shape and the names learned, whichever starts
     * first (a shape where both start at one place), so a stand-in is never replaced again.
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        boolean remember = text.length() <= REMEMBERED_LENGTH;
        String known = remember ? redacted.get(text) : null;
        if (known != null) {
            return known;
        }
        int before = learnings;
        String result = values(paths.strip(text));
        // A text that taught something (a new domain) may redact further next time: only the others are remembered.
        if (remember && learnings == before) {
            if (redacted.size() >= REMEMBERED) {
                redacted.clear();
            }
            redacted.put(text, result);
        }
        return result;
    }

    /** Something was learned: what was remembered may now redact further. */
    private void forget() {
        learnings++;
        redacted.clear();
    }

    private String values(String text) {
        Matcher m = SHAPES.matcher(text);
        boolean shape = m.find();
        Literals.Found name = literals.isEmpty() ? null : literals.find(text, 0);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (shape || name != null) {
            if (name != null && (!shape || name.start() < m.start())) {
                out.append(text, last, name.start());
                String found = text.substring(name.start(), name.end());
                String stand = book.get(found);
                out.append(stand == null ? found : stand);
                last = name.end();
                if (shape && m.start() < last) {
                    shape = m.find(last);
                }
                name = literals.find(text, last);
                continue;
            }
            out.append(text, last, m.start());
            out.append(shape(m));
            last = m.end();
            if (name != null && name.start() < last) {
                name = literals.find(text, last);
            }
            shape = m.find();
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private String shape(Matcher m) {
        String found = m.group();
        if (m.group("encoded") != null) {
            return address(found.replaceFirst("(?i)%40", "@"), 0).replace("@", "%40");
        } else if (m.group("email") != null) {
            return address(found, 0);
        } else if (m.group("dn") != null) {
            return dn(found);
        } else if (m.group("guid") != null) {
            return guid(found);
        } else if (m.group("thumb") != null) {
            return book.of(Kind.THUMBPRINT, found, n -> "THUMBPRINT" + n);
        } else if (m.group("ipv4") != null) {
            return book.of(Kind.IP, found, n -> "192.0.2." + Math.min(n, 254));
        } else if (m.group("ipv6") != null) {
            return book.of(Kind.IP, found, n -> "2001:db8::" + Integer.toHexString(n));
        }
        return looksLikeHost(found) ? host(found) : literals(found);
    }

    /** Every value replaced: kind, original, stand-in. */
    public List<String[]> map() {
        return book.entries();
    }

    /** The names learned, replaced in a dotted word that is no host ({@code jane.doe} as an alias). */
    private String literals(String text) {
        Literals.Found name = literals.isEmpty() ? null : literals.find(text, 0);
        if (name == null) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (name != null) {
            String found = text.substring(name.start(), name.end());
            String stand = book.get(found);
            out.append(text, last, name.start()).append(stand == null ? found : stand);
            last = name.end();
            name = literals.find(text, last);
        }
        return out.append(text, last, text.length()).toString();
    }

    private String address(String address, int person) {
        if (!usable(address) || !address.contains("@")) {
            return address;
        }
        String known = book.get(address);
        if (known != null) {
            return known;
        }
        if (person == 0) {
            String inName = inFileName(address);
            if (inName != null) {
                return inName;
            }
        }
        int at = address.lastIndexOf('@');
        String domain = host(address.substring(at + 1));
        if (domains.add(address.substring(at + 1).toLowerCase(Locale.ROOT))) {
            forget();
        }
        int n = person > 0 ? person : book.next(Kind.PERSON);
        personNumbers.putIfAbsent(address.trim().toLowerCase(Locale.ROOT), n);
        return book.put(Kind.PERSON, address, "user" + n + "@" + domain);
    }

    /**
     * An address inside a file's name ({@code Autodiscover-jane.doe@contoso.com.json}, as the collect script names an
     * Autodiscover answer): the person's own address replaced, the rest of the name kept. Null when it is none.
     */
    private String inFileName(String word) {
        Matcher file = FILE_NAME.matcher(word);
        if (!file.matches()) {
            return null;
        }
        String address = file.group(1);
        int at = address.indexOf('@');
        for (int i = 1; i < at; i++) {
            if ((address.charAt(i - 1) == '-' || address.charAt(i - 1) == '_') && book.get(address.substring(i)) != null) {
                return address.substring(0, i) + book.get(address.substring(i)) + file.group(2);
            }
        }
        return address(address, 0) + file.group(2);
    }

    private void name(Kind kind, String name, String stand) {
        if (!usable(name)) {
            return;
        }
        book.put(kind, name, stand);
        if (literals.add(name)) {
            forget();
        }
    }

    private void canonical(String canonical, String last) {
        String[] parts = canonical.split("/");
        if (parts.length == 0) {
            return;
        }
        domain(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            boolean isLast = i == parts.length - 1;
            if (isLast && last != null) {
                name(Kind.PERSON, parts[i], last);
            } else if (usable(parts[i])) {
                Kind kind = isLast ? Kind.NAME : Kind.ORG_UNIT;
                name(kind, parts[i], (isLast ? "name" : "ou") + book.next(kind));
            }
        }
    }

    /** Each relative name of a DN: containers Exchange always has stay, the rest get stand-ins; DC=...,DC=... is a domain. */
    private String dn(String dn) {
        List<String> rdns = new ArrayList<>(List.of(dn.split("(?<!\\\\),\\s*")));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rdns.size(); i++) {
            String rdn = rdns.get(i);
            int eq = rdn.indexOf('=');
            String type = rdn.substring(0, eq);
            String value = rdn.substring(eq + 1);
            String upper = type.toUpperCase(Locale.ROOT);
            if (upper.equals("DC")) {
                List<String> labels = new ArrayList<>();
                while (i < rdns.size() && rdns.get(i).toUpperCase(Locale.ROOT).startsWith("DC=")) {
                    labels.add(rdns.get(i).substring(3));
                    i++;
                }
                i--;
                String domain = String.join(".", labels);
                if (domains.add(domain.toLowerCase(Locale.ROOT))) {
                    forget();
                }
                for (String label : host(domain).split("\\.")) {
                    out.add(type + "=" + label);
                }
                continue;
            }
            String stand;
            if (upper.equals("C") || !usable(value) || KEPT_NAMES.contains(value.toLowerCase(Locale.ROOT))) {
                stand = value;
            } else if (book.get(value.replace("\\,", ",")) != null) {
                stand = book.get(value.replace("\\,", ","));
            } else if (value.matches(HOST) && looksLikeHost(value)) {
                stand = host(value);
            } else {
                Kind kind = switch (upper) {
                    case "OU" -> Kind.ORG_UNIT;
                    case "O" -> Kind.ORGANIZATION;
                    case "L", "S", "ST" -> Kind.ORGANIZATION;
                    default -> Kind.NAME;
                };
                String prefix = switch (upper) {
                    case "OU" -> "ou";
                    case "O" -> "org";
                    case "L", "S", "ST" -> "place";
                    default -> "name";
                };
                stand = book.of(kind, value.replace("\\,", ","), n -> prefix + n);
            }
            out.add(type + "=" + stand);
        }
        return String.join(",", out);
    }

    private String guid(String guid) {
        if (Pseudonyms.WELL_KNOWN_GUIDS.contains(guid.toLowerCase(Locale.ROOT))) {
            return guid;
        }
        return book.of(Kind.GUID, guid, n -> String.format("00000000-0000-0000-0000-%012d", n));
    }

    /** A host or domain: Microsoft's endpoints stay; a tenant's name becomes tenantN; the rest maps label by label. */
    private String host(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        String known = book.get(lower);
        if (known != null) {
            return known;
        }
        for (String ms : Pseudonyms.TENANT_DOMAINS) {
            if (lower.endsWith("." + ms)) {
                String[] below = lower.substring(0, lower.length() - ms.length() - 1).split("\\.");
                String tenant = below[below.length - 1];
                String stand = book.of(Kind.TENANT, "tenant:" + tenant, n -> "tenant" + n);
                below[below.length - 1] = stand;
                for (int i = 0; i < below.length - 1; i++) {
                    below[i] = label(below[i]);
                }
                return book.put(Kind.HOST, lower, String.join(".", below) + "." + ms);
            }
        }
        for (String ms : Pseudonyms.MICROSOFT_DOMAINS) {
            if (lower.equals(ms) || lower.endsWith("." + ms)) {
                return host;
            }
        }
        String[] labels = lower.split("\\.");
        int registrable = labels.length >= 3 && labels[labels.length - 1].length() == 2 && labels[labels.length - 2].length() <= 3 ? 3 : 2;
        registrable = Math.min(registrable, labels.length);
        String base = String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - registrable, labels.length));
        String baseStand = book.of(Kind.DOMAIN, base, n -> "domain" + n + ".example");
        if (!literals.contains(labels[labels.length - registrable]) && labels[labels.length - registrable].length() >= 4) {
            // the organisation's name on its own ("Contoso Ltd" in a certificate subject) follows its domain
            name(Kind.DOMAIN, labels[labels.length - registrable], baseStand.substring(0, baseStand.indexOf('.')));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.length - registrable; i++) {
            out.append(label(labels[i])).append('.');
        }
        return book.put(Kind.HOST, lower, out.append(baseStand).toString());
    }

    private String label(String label) {
        if (Pseudonyms.ROLE_LABELS.contains(label)) {
            return label;
        }
        if (servers.contains(label)) {
            return book.get(label);
        }
        return book.of(Kind.HOST, "label:" + label, n -> "host" + n);
    }

    private boolean looksLikeHost(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String first = lower.substring(0, lower.indexOf('.'));
        if (NOT_HOSTS.contains(first)) {
            return false;
        }
        for (String d : domains) {
            if (lower.equals(d) || lower.endsWith("." + d)) {
                return true;
            }
        }
        return TLDS.contains(lower.substring(lower.lastIndexOf('.') + 1));
    }

    /** The number a person already has by one of these names, or null. */
    private Integer numberOf(String... names) {
        for (String n : names) {
            Integer known = n == null ? null : personNumbers.get(n.trim().toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static boolean usable(String name) {
        return name != null && name.trim().length() >= 3 && !KEPT_NAMES.contains(name.trim().toLowerCase(Locale.ROOT));
    }
}
