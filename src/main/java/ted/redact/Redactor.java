package ted.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    private static final String RDN = "(?:CN|OU|DC|O|L|S|ST|C)=(?:\\\\,|[^,=\\r\\n])+";
    private static final String DN = "(?i:" + RDN + "(?:,\\s*" + RDN + ")+)";
    private static final String GUID = "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])";
    private static final String THUMBPRINT = "(?<![0-9A-Za-z])[0-9A-Fa-f]{40}(?![0-9A-Za-z])";
    private static final String IPV4 = "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.])";
    private static final String IPV6 = "(?<![0-9A-Za-z:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?)(?![0-9A-Za-z:])";
    private static final String HOST = "(?<![A-Za-z0-9-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}(?![A-Za-z0-9-])";
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

    private final Pseudonyms book = new Pseudonyms();
    private final Set<String> domains = new LinkedHashSet<>();
    private final Set<String> servers = new LinkedHashSet<>();
    private final List<String> names = new ArrayList<>();
    /** Each person's number, by every name they were learned under, so their other names join the same number. */
    private final java.util.Map<String, Integer> personNumbers = new java.util.HashMap<>();
    private Pattern pattern;

    // ---- learning what the facts name ----

    /** A recipient the facts know: all of their names get one number. */
    public void person(Recipient r) {
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
            Matcher cn = Pattern.compile("^CN=((?:\\\\,|[^,])+)", Pattern.CASE_INSENSITIVE).matcher(r.DistinguishedName());
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
        if (name.matches(EMAIL)) {
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
        servers.add(shortName.toLowerCase(Locale.ROOT));
        String stand = book.of(Kind.SERVER, shortName, n -> "server" + n);
        name(Kind.SERVER, shortName, stand);
        if (name.contains(".")) {
            domain(name.substring(name.indexOf('.') + 1));
        }
    }

    /** A domain (from an address, a URL, a connector's target domains). */
    public void domain(String domain) {
        if (usable(domain) && domain.contains(".")) {
            domains.add(domain.toLowerCase(Locale.ROOT));
            host(domain);
        }
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

    /** The text with every identifying value replaced by its stand-in. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern().matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String found = m.group();
            String replacement;
            if (m.group("email") != null) {
                replacement = address(found, 0);
            } else if (m.group("dn") != null) {
                replacement = dn(found);
            } else if (m.group("guid") != null) {
                replacement = guid(found);
            } else if (m.group("thumb") != null) {
                replacement = book.of(Kind.THUMBPRINT, found, n -> "THUMBPRINT" + n);
            } else if (m.group("ipv4") != null) {
                replacement = book.of(Kind.IP, found, n -> "192.0.2." + Math.min(n, 254));
            } else if (m.group("ipv6") != null) {
                replacement = book.of(Kind.IP, found, n -> "2001:db8::" + Integer.toHexString(n));
            } else if (m.group("host") != null) {
                replacement = looksLikeHost(found) ? host(found) : literals(found);
            } else {
                replacement = book.get(found);
                if (replacement == null) {
                    replacement = found;
                }
            }
            out.append(replacement);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Every value replaced: kind, original, stand-in. */
    public List<String[]> map() {
        return book.entries();
    }

    private String literals(String text) {
        if (names.isEmpty()) {
            return text;
        }
        Matcher m = literalPattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String stand = book.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(stand == null ? m.group() : stand));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String address(String address, int person) {
        if (!usable(address) || !address.contains("@")) {
            return address;
        }
        String known = book.get(address);
        if (known != null) {
            return known;
        }
        int at = address.lastIndexOf('@');
        String domain = host(address.substring(at + 1));
        domains.add(address.substring(at + 1).toLowerCase(Locale.ROOT));
        int n = person > 0 ? person : book.next(Kind.PERSON);
        personNumbers.putIfAbsent(address.trim().toLowerCase(Locale.ROOT), n);
        String stand = book.put(Kind.PERSON, address, "user" + n + "@" + domain);
        invalidate();
        return stand;
    }

    private void name(Kind kind, String name, String stand) {
        if (!usable(name)) {
            return;
        }
        book.put(kind, name, stand);
        if (!names.contains(name)) {
            names.add(name);
            invalidate();
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
                domains.add(domain.toLowerCase(Locale.ROOT));
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
        if (!names.contains(labels[labels.length - registrable]) && labels[labels.length - registrable].length() >= 4) {
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

    private void invalidate() {
        pattern = null;
    }

    private Pattern literalPattern() {
        return Pattern.compile(literalAlternation(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private String literalAlternation() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            alt.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i).trim()));
        }
        return alt.append(")(?![\\p{L}\\p{N}])").toString();
    }

    private Pattern pattern() {
        if (pattern == null) {
            String all = "(?<email>" + EMAIL + ")|(?<dn>" + DN + ")|(?<guid>" + GUID + ")|(?<thumb>" + THUMBPRINT + ")|(?<ipv4>"
                    + IPV4 + ")|(?<ipv6>" + IPV6 + ")|(?<host>" + HOST + ")";
            if (!names.isEmpty()) {
                all += "|(?<lit>" + literalAlternation() + ")";
            }
            pattern = Pattern.compile(all, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return pattern;
    }
}
