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

    @Test
    void versionAndHelpWork() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ted ");
        CliRun help = CliRun.of("diagnose", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--symptom").contains("Exit codes:").contains("1   at least one check has a status --fail-on names");
    }
}
