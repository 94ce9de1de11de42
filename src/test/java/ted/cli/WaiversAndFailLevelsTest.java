package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers, --fail-on, --only and --quiet through the CLI, with the exit codes the contract gives. */
class WaiversAndFailLevelsTest {
    private static final String FAILING = "facts-samples/delegation-reviewer-without-send-on-behalf.yaml";
    private static final String UNVERIFIED = "facts-samples/only-the-case-nothing-collected.yaml";

    @TempDir
    Path dir;

    private Path waivers(String yaml) throws IOException {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static final String BOTH = """
            waivers:
              - code: DELEGATE_CALENDAR_EDITOR
                user: Jane Doe            # her display name: any of a person's names will do
                delegate: jsmith          # or the alias
                reason: "Reviewer is intended until the new assistant starts (CHG-1234)"
                expires: 2999-12-31
              - code: DELEGATE_SEND_ON_BEHALF
                user: jane.doe@contoso.com
                reason: "Sends as, not on behalf (CHG-1235)"
                expires: 2999-12-31
            """;

    @Test
    void waivedFailuresKeepTheirStatusShowTheWaiverAndNoLongerFailTheRun() throws IOException {
        Path w = waivers(BOTH);
        CliRun r = CliRun.of("diagnose", FAILING, "--waivers", w.toString(), "--format", "json",
                "--report", dir.resolve("r.html").toString(), "--report", dir.resolve("r.csv").toString(),
                "--report", dir.resolve("r.md").toString(), "--report", dir.resolve("r.xml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode editor = check(json, "DELEGATE_CALENDAR_EDITOR");
        assertThat(editor.get("status").asText()).isEqualTo("fail");
        assertThat(editor.get("waiver").get("reason").asText()).contains("CHG-1234");
        assertThat(editor.get("waiver").get("expires").asText()).isEqualTo("2999-12-31");
        assertThat(check(json, "EWS_ORG_ALLOWS_SCHEDULING").get("waiver").isNull()).isTrue();

        assertThat(Jsoup.parse(dir.resolve("r.html").toFile(), "UTF-8").getElementById("DELEGATE_CALENDAR_EDITOR")
                .select(".waived").text()).contains("Waived until 2999-12-31", "CHG-1234");
        assertThat(ReportFilesTest.csv(dir.resolve("r.csv"))).filteredOn(row -> row.get("code").equals("DELEGATE_SEND_ON_BEHALF"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("fail");
                    assertThat(row.get("waived_until")).isEqualTo("2999-12-31");
                    assertThat(row.get("waiver_reason")).contains("CHG-1235");
                });
        assertThat(Files.readString(dir.resolve("r.md"))).contains("> **Waived** until 2999-12-31: Sends as, not on behalf (CHG-1235)");
        String junit = Files.readString(dir.resolve("r.xml"));
        assertThat(junit).contains("failures=\"0\"").contains("<skipped message=\"waived until 2999-12-31 (Sends as, not on behalf (CHG-1235))");
    }

    private static JsonNode check(JsonNode json, String code) {
        for (JsonNode c : json.get("checks")) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no check " + code);
    }

    @Test
    void aWaiverForSomeoneElseDoesNotApply() throws IOException {
        Path w = waivers(BOTH.replace("user: Jane Doe", "user: someone.else@contoso.com"));
        CliRun r = CliRun.of("diagnose", FAILING, "--waivers", w.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(r.out()).contains("[FAIL]    DELEGATE_CALENDAR_EDITOR\n").contains("DELEGATE_SEND_ON_BEHALF (waived)");
    }

    @Test
    void anExpiredWaiverStopsApplyingAndSaysSo() throws IOException {
        Path w = waivers(BOTH.replace("expires: 2999-12-31\n  - code", "expires: 2026-01-31\n  - code"));
        CliRun r = CliRun.of("diagnose", FAILING, "--waivers", w.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(r.err()).contains("ted: note: the waiver for DELEGATE_CALENDAR_EDITOR expired on 2026-01-31");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("notes").get(0).asText()).contains("expired on 2026-01-31");
        assertThat(check(json, "DELEGATE_CALENDAR_EDITOR").get("waiver").isNull()).isTrue();
    }

    @Test
    void aWaiverFileWithMistakesIsAnErrorNamingFileAndLine() throws IOException {
        CliRun unknownCode = CliRun.of("diagnose", FAILING, "--waivers",
                waivers(BOTH.replace("code: DELEGATE_SEND_ON_BEHALF", "code: DELEGATE_SEND_ON_BEHAF")).toString());
        assertThat(unknownCode.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(unknownCode.err()).contains("waivers.yaml: waivers[2]: no check has the code 'DELEGATE_SEND_ON_BEHAF'; did you mean DELEGATE_SEND_ON_BEHALF?");
        assertThat(unknownCode.out()).isEmpty();

        CliRun typo = CliRun.of("diagnose", FAILING, "--waivers", waivers(BOTH.replace("    reason: \"Sends", "    reson: \"Sends")).toString());
        assertThat(typo.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(typo.err()).contains("waivers.yaml:9: unknown property 'reson' in a waiver; did you mean 'reason'?")
                .doesNotContain("Exception").doesNotContain("com.fasterxml");

        CliRun noExpiry = CliRun.of("diagnose", FAILING, "--waivers", waivers("waivers:\n  - {code: DELEGATE_CALENDAR_EDITOR, reason: x}\n").toString());
        assertThat(noExpiry.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(noExpiry.err()).contains("waivers[1] (DELEGATE_CALENDAR_EDITOR): no expires date");

        CliRun badDate = CliRun.of("diagnose", FAILING, "--waivers",
                waivers("waivers:\n  - {code: DELEGATE_CALENDAR_EDITOR, reason: x, expires: 31/03/2027}\n").toString());
        assertThat(badDate.err()).contains("expires '31/03/2027' is not a date (YYYY-MM-DD)");

        CliRun noReason = CliRun.of("diagnose", FAILING, "--waivers",
                waivers("waivers:\n  - {code: DELEGATE_CALENDAR_EDITOR, expires: 2027-03-31}\n").toString());
        assertThat(noReason.err()).contains("no reason");

        CliRun missing = CliRun.of("diagnose", FAILING, "--waivers", dir.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).contains("nope.yaml: no such file");
    }

    /** Issue 17, item 5: a waiver naming no one in the inputs waives nothing, and the run says which and why. */
    @Test
    void aWaiverWhoseUserMatchesNobodyIsNamed() throws IOException {
        Path w = waivers(BOTH.replace("user: Jane Doe", "user: jane.dough@contoso.com"));
        CliRun r = CliRun.of("diagnose", FAILING, "--waivers", w.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        String note = "the waiver for DELEGATE_CALENDAR_EDITOR (" + w + ": waivers[1]) waives nothing: its user 'jane.dough@contoso.com' "
                + "matches no one in the inputs; correct it or remove it";
        assertThat(r.err()).contains("ted: note: " + note);
        assertThat(new ObjectMapper().readTree(r.out()).get("notes").toString()).contains("waives nothing");
        CliRun text = CliRun.of("diagnose", FAILING, "--waivers", w.toString());
        assertThat(text.out()).contains("Note: the waiver for DELEGATE_CALENDAR_EDITOR");
    }

    /** Issue 17, item 5: .ted.yaml changes the exit code without being named, so the report names it. */
    @Test
    void aTedYamlThatWasAppliedIsNamedInTheReport() throws IOException {
        Path implicit = dir.resolve(".ted.yaml");
        Files.writeString(implicit, BOTH);
        Path before = OutputOptions.implicitWaivers;
        OutputOptions.implicitWaivers = implicit;
        try {
            CliRun text = CliRun.of("diagnose", FAILING);
            assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(text.out()).contains("Note: waivers read from .ted.yaml in the current folder (2 waivers), since");
            CliRun json = CliRun.of("diagnose", FAILING, "--format", "json");
            assertThat(new ObjectMapper().readTree(json.out()).get("notes").toString()).contains("waivers read from .ted.yaml");
            assertThat(json.err()).contains("ted: note: waivers read from .ted.yaml");
            assertThat(CliRun.of("diagnose", FAILING, "--waivers", waivers(BOTH).toString()).out()).doesNotContain(".ted.yaml");
        } finally {
            OutputOptions.implicitWaivers = before;
        }
    }

    @Test
    void failOnDecidesWhichStatusesFailTheRun() {
        // Issue 17, item 5: this sample decides nothing (every check unknown), which was exit 0 and is now 3.
        assertThat(CliRun.of("diagnose", UNVERIFIED, "-q").exitCode()).isEqualTo(ExitCode.NOTHING_DECIDED);
        CliRun strict = CliRun.of("diagnose", UNVERIFIED, "-q", "--fail-on", "fail,error,unknown");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(CliRun.of("diagnose", FAILING, "-q", "--fail-on", "unknown").exitCode()).isEqualTo(ExitCode.OK);
        CliRun wrong = CliRun.of("diagnose", FAILING, "--fail-on", "fial");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(wrong.err()).contains("--fail-on").contains("fial");
    }

    @Test
    void onlyAndQuietTrimTextButNotJson() {
        CliRun only = CliRun.of("diagnose", FAILING, "--only", "fail");
        assertThat(only.out()).contains("[FAIL]    DELEGATE_CALENDAR_EDITOR").doesNotContain("[PASS]")
                .contains("(18 checks with other statuses not shown; --only picks which are)")
                .contains("Summary: 2 fail, 0 error, 0 warn, 0 unknown, 0 info, 1 skipped, 17 pass");
        CliRun quiet = CliRun.of("diagnose", FAILING, "--quiet");
        assertThat(quiet.out().strip()).isEqualTo("Summary: 2 fail, 0 error, 0 warn, 0 unknown, 0 info, 1 skipped, 17 pass");
        assertThat(quiet.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        CliRun json = CliRun.of("diagnose", FAILING, "--only", "fail", "-q", "--format", "json");
        assertThat(json.out()).contains("\"code\" : \"EWS_ORG_ALLOWS_SCHEDULING\"");
    }
}
