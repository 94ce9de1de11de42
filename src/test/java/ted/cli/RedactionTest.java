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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * --redact end to end: every identifier the inputs hold (collected here from the files' text, independently of TED's
 * own list) must appear in no output, neither standard output and error nor any report file; and what makes a report
 * useful (codes, statuses, builds, cmdlets, Microsoft's IDs) must survive.
 */
class RedactionTest {
    @TempDir
    Path dir;

    private static final List<String> DIAGNOSE_REPORTS = List.of("html", "md", "csv", "xml", "json", "txt");
    private static final List<String> SCAN_REPORTS = List.of("html", "md", "csv", "json", "txt");
    private static final Path FIXTURES = Path.of("../shared/fixtures");

    /**
     * Every facts sample, every export sample and the HealthChecker captures, with what to diagnose in each: a user from
     * the case or the exports when there is one, else the organisation- and server-level checks.
     */
    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("facts-samples"))) {
            samples.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted()
                    .forEach(p -> all.add(Arguments.of(p, List.of("--symptom", "all"))));
        }
        all.add(Arguments.of(Path.of("facts-samples/exports/clixml-delegation"), List.of("--symptom", "delegation",
                "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com")));
        all.add(Arguments.of(Path.of("facts-samples/exports/json-calendar-app"), List.of("--symptom", "calendar-app",
                "--user", "jane.doe@contoso.com")));
        all.add(Arguments.of(Path.of("facts-samples/exports/formatlist-utf16-presence"), List.of("--symptom", "presence",
                "--user", "jane.doe@contoso.com")));
        try (Stream<Path> exports = Files.list(Path.of("facts-samples/exports"))) {
            exports.filter(Files::isDirectory).sorted().filter(p -> all.stream().noneMatch(a -> a.get()[0].equals(p)))
                    .forEach(p -> all.add(Arguments.of(p, List.of("--symptom", "all"))));
        }
        all.add(Arguments.of(FIXTURES.resolve("css-exchange-healthchecker"), List.of("--symptom", "all")));
        all.add(Arguments.of(FIXTURES.resolve("css-exchange-healthchecker-e19/Exchange"), List.of("--symptom", "all")));
        return all.stream();
    }

    /** Every export folder and facts sample a scan can work on (the rest hold no mailboxes, and the scan says so). */
    static Stream<Path> scanInputs() throws IOException {
        return inputs().map(a -> (Path) a.get()[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void aDiagnosisInEveryFormatHoldsNoIdentifierOfTheInputs(Path input, List<String> flags) throws IOException {
        assumeTrue(Files.exists(input), input + " not present");
        Map<String, String> identifiers = InputIdentifiers.of(input);
        assertThat(identifiers).as("the test must find identifiers to look for").hasSizeGreaterThan(3);
        List<String> args = new ArrayList<>(List.of("diagnose", input.toString(), "--redact", "--redact-map", dir.resolve("map.csv").toString()));
        args.addAll(flags);
        DIAGNOSE_REPORTS.forEach(ext -> args.addAll(List.of("--report", dir.resolve("r." + ext).toString())));
        // Text on standard output; every format as a report file (JSON's is the same renderer as --format json's).
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).as("a report was made: checks failed, passed, or none was decided").isIn(0, 1, 3);
        assertNoneAppears(identifiers, outputs(r, DIAGNOSE_REPORTS));
        assertThat(Files.readString(dir.resolve("map.csv"))).startsWith("kind,original,stand_in");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scanInputs")
    void aScanInEveryFormatHoldsNoIdentifierOfTheInputs(Path input) throws IOException {
        assumeTrue(Files.exists(input), input + " not present");
        Map<String, String> identifiers = InputIdentifiers.of(input);
        // Text on standard output; JSON, CSV, Markdown, HTML and text again as report files (the same writers as stdout's).
        List<String> args = new ArrayList<>(List.of("scan", input.toString(), "--redact", "--redact-map", dir.resolve("map.csv").toString()));
        SCAN_REPORTS.forEach(ext -> args.addAll(List.of("--report", dir.resolve("r." + ext).toString())));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assumeTrue(!r.err().contains("no mailboxes to scan"), input + " holds no mailboxes");
        assertThat(r.exitCode()).as(r.err()).as("a report was made: checks failed, passed, or none was decided").isIn(0, 1, 3);
        assertNoneAppears(identifiers, outputs(r, SCAN_REPORTS));
        assertThat(Files.readString(dir.resolve("map.csv"))).startsWith("kind,original,stand_in");
    }

    /** Standard output, standard error (but the lines naming the report files the test chose) and every report file. */
    private Map<String, String> outputs(CliRun r, List<String> reports) throws IOException {
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        outputs.put("stdout", r.out());
        outputs.put("stderr", r.err().lines().filter(l -> !l.startsWith("ted: wrote")).reduce("", (a, b) -> a + b + "\n"));
        for (String ext : reports) {
            outputs.put("r." + ext, Files.readString(dir.resolve("r." + ext)));
        }
        return outputs;
    }

    private static void assertNoneAppears(Map<String, String> identifiers, Map<String, String> outputs) {
        List<String> leaks = new ArrayList<>();
        outputs.forEach((name, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String id : identifiers.keySet()) {
                // a plain search rules most out first: the captures yield thousands of identifiers
                if (lower.contains(id.toLowerCase(Locale.ROOT)) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
                    leaks.add("'" + id + "' (from " + identifiers.get(id) + ") in " + name);
                }
            }
        });
        assertThat(leaks).isEmpty();
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
}
