package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ted.read.TextDecoding;

/**
 * --redact end to end: every identifier the inputs hold (collected here from the files' text, independently of TED's
 * own list) must appear in no output, neither standard output and error nor any report file; and what makes a report
 * useful (codes, statuses, builds, cmdlets, Microsoft's IDs) must survive.
 */
class RedactionTest {
    @TempDir
    Path dir;

    /** Properties whose values identify someone or something, as the exports and facts files spell them. */
    private static final Set<String> IDENTIFYING = Set.of("DisplayName", "Alias", "UserPrincipalName", "PrimarySmtpAddress",
            "WindowsEmailAddress", "ExternalEmailAddress", "ServerName", "Fqdn", "Server", "PSComputerName", "DistinguishedName",
            "Rdn", "Parent", "Identity", "User", "Thumbprint", "CurrentCertificateThumbprint", "TargetAddressDomains",
            "ExternalUrl", "InternalUrl", "GrantSendOnBehalfTo", "LinkedAccount", "Members", "EmailAddress", "Mailbox",
            "Subject", "AuthMetadataUrl", "IssuerIdentifier", "OriginatingServer", "Url");
    private static final Set<String> EXCHANGE_WORDS = Set.of("default", "anonymous", "users", "calendar", "teamsscheduler",
            "exchange online", "microsoft exchange", "ews", "default web site", "autodiscover", "mail", "owa", "https", "http",
            "com", "exchange.asmx", "services", "configuration", "microsoft exchange system objects", "user", "null",
            "federationmetadata.xml", "federationmetadata", "autodiscover.svc", "api", "v2.0", "ews (default web site)",
            "cn=microsoft exchange server auth certificate", "microsoft exchange server auth certificate", "roles", "rbac", "global",
            "application", "applicationaccount", "teamsschedulerrole", "userapplication");
    private static final Set<String> MICROSOFT = Set.of("outlook.com", "windows.net", "microsoftonline.com", "office365.com",
            "onmicrosoft.com", "mail.onmicrosoft.com", "login.windows.net", "autodiscover-s.outlook.com", "outlook.office365.com");
    private static final Set<String> WELL_KNOWN_GUIDS = Set.of("00000002-0000-0ff1-ce00-000000000000",
            "7557eb47-c689-4224-abcf-aef9bd7573df", "00000004-0000-0ff1-ce00-000000000000");

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of(Path.of("facts-samples/delegation-reviewer-without-send-on-behalf.yaml"), List.of()),
                Arguments.of(Path.of("facts-samples/oauth-auth-certificate-expiring.yaml"), List.of("--symptom", "all")),
                Arguments.of(Path.of("facts-samples/exports/clixml-delegation"), List.of("--symptom", "delegation",
                        "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com")),
                Arguments.of(Path.of("facts-samples/exports/json-calendar-app"), List.of("--symptom", "calendar-app",
                        "--user", "jane.doe@contoso.com")),
                Arguments.of(Path.of("facts-samples/exports/formatlist-utf16-presence"), List.of("--symptom", "presence",
                        "--user", "jane.doe@contoso.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void noIdentifierOfTheInputsAppearsInAnyOutput(Path input, List<String> flags) throws IOException {
        Set<String> identifiers = identifiers(input);
        assertThat(identifiers).as("the test must find identifiers to look for").hasSizeGreaterThan(5);
        List<String> args = new ArrayList<>(List.of("diagnose", input.toString(), "--redact", "--redact-map", dir.resolve("map.csv").toString()));
        args.addAll(flags);
        for (String ext : List.of("html", "md", "csv", "xml", "json", "txt")) {
            args.addAll(List.of("--report", dir.resolve("r." + ext).toString()));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        outputs.put("stdout", r.out());
        outputs.put("stderr", r.err().lines().filter(l -> !l.startsWith("ted: wrote")).reduce("", (a, b) -> a + b + "\n"));
        for (String ext : List.of("html", "md", "csv", "xml", "json", "txt")) {
            outputs.put("r." + ext, Files.readString(dir.resolve("r." + ext)));
        }
        outputs.forEach((name, text) -> {
            for (String id : identifiers) {
                assertThat(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find())
                        .as("'%s' in %s", id, name).isFalse();
            }
        });
        // The map says what each stand-in replaced, and only there do the originals appear.
        String map = Files.readString(dir.resolve("map.csv"));
        assertThat(map).startsWith("kind,original,stand_in").containsIgnoringCase("jane.doe@contoso.com");
        assertThat(r.err()).contains("wrote the redaction map");
    }

    @Test
    void whatMakesTheReportUsefulSurvives() throws IOException {
        CliRun r = CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", "--redact", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("case").get("user").asText()).isEqualTo("user1@domain1.example");
        assertThat(json.get("case").get("delegate").asText()).isEqualTo("user2@domain1.example");
        String text = r.out();
        assertThat(text).contains("DELEGATE_CALENDAR_EDITOR", "\"fail\"", "AccessRights", "{Reviewer}", "15.2.1748.10",
                "00000002-0000-0ff1-ce00-000000000000", "7557eb47-c689-4224-abcf-aef9bd7573df", "autodiscover-s.outlook.com",
                "tenant1.mail.onmicrosoft.com", "TTeamsSchedulerRole".substring(1));
        // one person, one number, in every form of their name, and fix commands still paste
        assertThat(text).contains("Set-MailboxFolderPermission -Identity 'user1@domain1.example:\\\\Calendar' -User 'user2@domain1.example' -AccessRights Editor");
        assertThat(text).contains("User 2 (user2@domain1.example)");
    }

    @Test
    void theHealthCheckerCaptureIsRedactedToo() throws IOException {
        Path e19 = HealthCheckerCaptureFolderTest.E19;
        assumeTrue(Files.isDirectory(e19), "E19 capture folder not present");
        CliRun r = CliRun.of("diagnose", e19.toString(), "--symptom", "all", "--user", "admin@solo.com", "--redact",
                "--format", "markdown");
        assertThat(r.exitCode()).isIn(0, 1);
        for (String id : List.of("solo.com", "admin@solo.com", "Solo-E19A", "solo")) {
            assertThat(r.out().toLowerCase(Locale.ROOT)).as(id).doesNotContain(id.toLowerCase(Locale.ROOT));
        }
    }

    /** Every identifying value in the input files, and the parts of it that identify on their own. */
    static Set<String> identifiers(Path input) throws IOException {
        Set<String> ids = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(input) ? Files.list(input) : Stream.of(input)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        String keys = String.join("|", IDENTIFYING);
        List<Pattern> shapes = List.of(
                Pattern.compile("(?m)^\\s*-?\\s*(?:" + keys + ")\\s*:\\s*(.+?)\\s*$"),            // YAML and Format-List
                Pattern.compile("\"(?:" + keys + ")\"\\s*:\\s*\"((?:\\\\.|[^\"])*)\""),          // JSON
                Pattern.compile("<S N=\"(?:" + keys + ")\">([^<]*)</S>"));                      // CliXml
        for (Path f : files) {
            String text = TextDecoding.decode(Files.readAllBytes(f));
            for (Pattern p : shapes) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    split(m.group(1).replace("\\\\", "\\"), ids);
                }
            }
            Matcher email = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}").matcher(text);
            while (email.find()) {
                split(email.group(), ids);
            }
            Matcher guid = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}").matcher(text);
            while (guid.find()) {
                if (!WELL_KNOWN_GUIDS.contains(guid.group().toLowerCase(Locale.ROOT))) {
                    ids.add(guid.group());
                }
            }
        }
        ids.removeIf(id -> id.length() < 3 || EXCHANGE_WORDS.contains(id.toLowerCase(Locale.ROOT))
                || MICROSOFT.stream().anyMatch(ms -> id.equalsIgnoreCase(ms) || id.toLowerCase(Locale.ROOT).endsWith("." + ms) && !id.contains("contoso"))
                || id.matches("[\\d.]+") || id.startsWith("$") || id.startsWith("Microsoft.Exchange.") || id.startsWith("System."));
        return ids;
    }

    /** A value, and its parts: an address's local part and domain, a DN's names, a path's folders, a URL's host. */
    private static void split(String value, Set<String> ids) {
        String v = value.strip().replaceAll("^['\"\\[{]+|['\"\\]}]+$", "");
        if (v.isEmpty() || v.equalsIgnoreCase("null")) {
            return;
        }
        for (String item : v.split("\\s*[,;]\\s*(?![^=,]*=)|,\\s*(?=[A-Za-z ]+$)")) {
            item = item.strip();
            if (item.contains(",") && !item.contains("=")) {
                for (String i : item.split(",")) {
                    split(i, ids);
                }
                continue;
            }
            Matcher url = Pattern.compile("^https?://([^/:\\s]+)").matcher(item);
            if (url.find()) {
                domain(url.group(1), ids);   // a URL's path is the product's, its host is the organisation's
                continue;
            }
            ids.add(item);
            if (item.contains("@")) {
                ids.add(item.substring(0, item.indexOf('@')));
                domain(item.substring(item.indexOf('@') + 1), ids);
            }
            for (String part : item.split("[/\\\\:]|,\\s*")) {
                String p = part.replaceAll("^(?i)(CN|OU|DC|O|L|S|ST)=", "").strip();
                if (!p.isEmpty() && !p.equals(item)) {
                    ids.add(p);
                    if (p.contains(".") && !p.contains(" ")) {
                        domain(p, ids);
                    }
                }
            }
        }
    }

    private static void domain(String host, Set<String> ids) {
        String h = host.toLowerCase(Locale.ROOT);
        if (MICROSOFT.stream().anyMatch(ms -> h.equals(ms) || h.endsWith("." + ms)) && !h.contains("contoso")) {
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
}
