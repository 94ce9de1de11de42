package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {
    static final String HEALTHY = "facts-samples/healthy-hybrid.yaml";
    @TempDir
    Path dir;

    static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    static void assertOneCleanErrorLine(CliRun run, String mustContain) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines().filter(l -> l.startsWith("ted: ") && !l.startsWith("ted: read ")))
                .as(run.err()).hasSize(1).first().asString().contains(mustContain);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aHealthyCaseExitsZeroWithEveryCheckInJson() throws IOException {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--symptom", "all", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = json(run);
        assertThat(root.path("checks")).hasSize(32);
        JsonNode first = root.path("checks").get(0);
        for (String field : new String[] {"code", "status", "symptoms", "title", "evidence", "fix", "rule"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(root.path("sources").get(0).path("file").asText()).isEqualTo(HEALTHY);
        assertThat(root.path("case").path("user").asText()).isEqualTo("jane.doe@contoso.com");
    }

    @Test
    void aFailedCheckExitsOneAndCarriesItsEvidenceAndFix() throws IOException {
        CliRun run = CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode send = null;
        for (JsonNode c : json(run).path("checks")) {
            if (c.path("code").asText().equals("DELEGATE_SEND_ON_BEHALF")) {
                send = c;
            }
        }
        assertThat(send).isNotNull();
        assertThat(send.path("status").asText()).isEqualTo("fail");
        assertThat(send.path("evidence").get(0).path("text").asText()).contains("GrantSendOnBehalfTo = {}");
        assertThat(send.path("fix").get(0).asText())
                .isEqualTo("Set-Mailbox -Identity 'jane.doe@contoso.com' -GrantSendOnBehalfTo @{Add='john.smith@contoso.com'}");
        assertThat(send.path("rule").asText()).startsWith("DELEGATE_SEND_ON_BEHALF:");
    }

    @Test
    void flagsOverrideTheFactsFilesCase() throws IOException {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--symptom", "presence", "--user", "JDOE", "--format", "json");
        JsonNode root = json(run);
        assertThat(root.path("case").path("symptoms").toString()).isEqualTo("[\"presence\"]");
        assertThat(root.path("case").path("user").asText()).isEqualTo("jane.doe@contoso.com");
        assertThat(root.path("checks").toString()).doesNotContain("DELEGATE_CALENDAR_EDITOR");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        assertOneCleanErrorLine(CliRun.of("diagnose", "facts-samples/no-such-file.yaml"), "facts-samples/no-such-file.yaml: no such file");
    }

    @Test
    void malformedYamlIsOneLineWithFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "case:\n  user: [jane\n");
        assertOneCleanErrorLine(CliRun.of("diagnose", bad.toString(), "--symptom", "presence"), bad + ":");
    }

    @Test
    void malformedJsonIsOneLineWithFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"case\": {\"user\": }}\n");
        assertOneCleanErrorLine(CliRun.of("diagnose", bad.toString(), "--symptom", "presence"), bad + ":1:");
    }

    @Test
    void anUnknownSymptomIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--symptom", "calendar");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ted: --symptom: unknown symptom 'calendar'").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("--help");
    }

    /** Issue 7, item 6: no person is needed to check the organization; the checks about one mailbox say what to pass. */
    @Test
    void withoutAUserTheOrganizationIsStillDiagnosed() throws IOException {
        Path facts = dir.resolve("nouser.yaml");
        Files.writeString(facts, "organizationConfig: {EwsEnabled: False}\n");
        CliRun run = CliRun.of("diagnose", facts.toString(), "--symptom", "presence", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("ted: note: no user named");
        JsonNode root = json(run);
        assertThat(BrokenRuleTest.check(root, "EWS_ORG_ENABLED").path("status").asText()).isEqualTo("fail");
        JsonNode mailbox = BrokenRuleTest.check(root, "EWS_MAILBOX_ENABLED");
        assertThat(mailbox.path("status").asText()).isEqualTo("unknown");
        assertThat(mailbox.path("collect").toString()).contains("--user");
        assertThat(root.path("case").path("user").isNull()).isTrue();
    }

    @Test
    void aBadFileBesideAGoodOneIsReportedAndTheGoodOneStillDiagnosed() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "casMailboxes: {\n");
        CliRun run = CliRun.of("diagnose", bad.toString(), HEALTHY, "--format", "json");
        assertThat(run.err()).contains(bad + ":");
        assertThat(run.exitCode()).isZero();
        assertThat(json(run).path("errors").get(0).path("file").asText()).isEqualTo(bad.toString());
        assertThat(json(run).path("checks").size()).isGreaterThan(10);
    }

    @Test
    void textFitsEightyColumnsAndHasNoColourOffATerminal() {
        CliRun run = CliRun.of("diagnose", "facts-samples/presence-stray-space-and-unpublished-rest.yaml", "--symptom", "all");
        assertThat(run.out()).doesNotContain("\u001b[");
        assertThat(run.out().lines().filter(l -> l.length() > 80 && l.strip().contains(" ")))
                .as("lines over 80 columns that could have been wrapped").isEmpty();
        assertThat(run.out()).contains("Prerequisites").contains("Common steps").contains("Calendar-based presence")
                .contains("Escalation").contains("Summary: 5 fail");
        assertThat(run.out().indexOf("Prerequisites")).isLessThan(run.out().indexOf("Common steps"));
        assertThat(run.out().indexOf("Common steps")).isLessThan(run.out().indexOf("Escalation"));
    }

    @Test
    void colourCanBeForced() {
        assertThat(CliRun.of("diagnose", HEALTHY, "--color", "always").out()).contains("\u001b[");
    }

    @Test
    void readSourcesGoToStderrInTextMode() {
        CliRun run = CliRun.of("diagnose", HEALTHY);
        assertThat(run.err()).contains("ted: read " + HEALTHY + " as facts file (");
    }

    /** Issue 17, item 5: a run of unknowns is not a pass; it says so first in its summary and exits 3. */
    @Test
    void aRunThatDecidedNothingSaysSoAndExitsThree() throws IOException {
        String unverified = "facts-samples/only-the-case-nothing-collected.yaml";
        CliRun text = CliRun.of("diagnose", unverified);
        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCode.NOTHING_DECIDED);
        String summary = text.out().substring(text.out().lastIndexOf("\n\n") + 2);
        assertThat(summary.lines().findFirst().orElseThrow()).startsWith("Nothing decided: no check passed, warned or failed");
        assertThat(summary).contains("Summary: 0 fail, 0 error, 0 warn, 31 unknown");
        CliRun json = CliRun.of("diagnose", unverified, "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.NOTHING_DECIDED);
        assertThat(json(json).path("notes").toString()).contains("nothing decided");
    }

    /** One failed check among unknowns decided something: the failure is what the admin must fix, so it is 1, not 3. */
    @Test
    void oneFailedCheckAmongUnknownsExitsOne() throws IOException {
        Path facts = dir.resolve("org-only.yaml");
        Files.writeString(facts, "organizationConfig: {EwsEnabled: False}\n");
        CliRun run = CliRun.of("diagnose", facts.toString(), "--symptom", "presence", "-q");
        assertThat(run.out()).doesNotContain("Nothing decided").contains("1 fail");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
    }

    /** Issue 17, item 5: a mistyped second path is an input error, after the report of what could be read. */
    @Test
    void aMistypedSecondPathExitsTwoAfterTheReportOfTheGoodOne() throws IOException {
        Path nope = dir.resolve("nope.yaml");
        CliRun run = CliRun.of("diagnose", HEALTHY, nope.toString(), "--symptom", "all", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ERROR);
        JsonNode root = json(run);
        assertThat(root.path("checks")).hasSize(32);
        assertThat(root.path("errors").get(0).path("file").asText()).isEqualTo(nope.toString());
        assertThat(run.err()).contains(nope + ": no such file")
                .contains("ted: " + nope + ": named but not read (see above); the report covers the other inputs only")
                .doesNotContain("Exception");
        // A failed check does not hide it either: the report is incomplete, and 2 wins over 1.
        CliRun failing = CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", nope.toString(), "-q");
        assertThat(failing.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(failing.out()).contains("2 fail");
    }

    /** Issue 17, item 5: a folder's unreadable file is still only skipped; the admin did not name it. */
    @Test
    void aMissingPathInsideAFolderIsNotAnInputErrorOfTheRun() throws IOException {
        Path folder = dir.resolve("exports");
        Files.createDirectories(folder);
        Files.copy(Path.of(HEALTHY), folder.resolve("healthy.yaml"));
        Files.createSymbolicLink(folder.resolve("dangling.yaml"), dir.resolve("gone.yaml"));
        CliRun run = CliRun.of("diagnose", folder.toString(), "-q");
        assertThat(run.err()).contains("dangling.yaml: cannot read");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    /** Issue 17, item 5: the same person as user and delegate is a usage error, by any two of her names. */
    @Test
    void theSamePersonAsUserAndDelegateIsAUsageError() throws IOException {
        String sample = "facts-samples/delegation-reviewer-without-send-on-behalf.yaml";
        assertOneCleanErrorLine(CliRun.of("diagnose", sample, "--user", "jane.doe@contoso.com", "--delegate", "Jane Doe"),
                "--user 'jane.doe@contoso.com' and --delegate 'Jane Doe' are the same person (jane.doe@contoso.com)");
        assertThat(CliRun.of("diagnose", sample, "--delegate", "JANE.DOE@contoso.com").err())
                .contains("case.user 'jane.doe@contoso.com' and --delegate 'JANE.DOE@contoso.com' are the same person");
        // Without people in the inputs, the names as typed, in any case.
        Path facts = dir.resolve("nobody.yaml");
        Files.writeString(facts, "organizationConfig: {EwsEnabled: True}\n");
        CliRun typed = CliRun.of("diagnose", facts.toString(), "--user", "Jane.Doe@contoso.com", "--delegate", "jane.doe@CONTOSO.com");
        assertThat(typed.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(typed.out()).isEmpty();
        assertThat(typed.err()).contains("are the same person");
    }

    /** Issue 17, item 5: an export folder needs no --symptom, as with ted scan; a facts file's own case.symptom still wins. */
    @Test
    void withoutASymptomExportsAreDiagnosedForAllAndAFactsFileKeepsItsOwn() throws IOException {
        CliRun exports = CliRun.of("diagnose", "facts-samples/exports/json-calendar-app", "--user", "jane.doe@contoso.com", "--format", "json");
        assertThat(exports.exitCode()).as(exports.err()).isIn(ExitCode.OK, ExitCode.CHECK_FAILED);
        assertThat(json(exports).path("case").path("symptoms").toString()).isEqualTo("[\"delegation\",\"calendar-app\",\"presence\"]");
        CliRun own = CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", "--format", "json");
        assertThat(json(own).path("case").path("symptoms").toString()).isEqualTo("[\"delegation\"]");
    }

    @Test
    void versionAndHelpWork() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ted ");
        CliRun help = CliRun.of("diagnose", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--symptom").contains("Exit codes:").contains("1   a check has a status --fail-on names")
                .contains("3   nothing decided").contains("README, \"Exit codes\", has the whole table");
    }
}
