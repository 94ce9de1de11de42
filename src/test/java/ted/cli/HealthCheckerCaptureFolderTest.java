package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: an Exchange 2019 server's whole HealthChecker capture folder (59 files, most of cmdlets TED does not read),
 * handed over as it is. Skipped where ../shared is not beside the project.
 */
class HealthCheckerCaptureFolderTest {
    static final Path E19 = Path.of("../shared/fixtures/css-exchange-healthchecker-e19/Exchange");

    static JsonNode check(JsonNode root, String code) {
        return BrokenRuleTest.check(root, code);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"delegation", "calendar-app", "presence", "all"})
    void everySymptomDiagnosesWithoutInternalErrorWithAndWithoutAUser(String symptom) throws IOException {
        assumeTrue(Files.isDirectory(E19), "E19 capture folder not present");
        for (List<String> who : List.of(List.<String>of(), List.of("--user", "admin@solo.com"))) {
            List<String> args = new java.util.ArrayList<>(List.of("diagnose", E19.toString(), "--symptom", symptom, "--format", "json"));
            args.addAll(who);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.err()).as(symptom + " " + who).doesNotContain("internal error").doesNotContain("Exception");
            JsonNode root = new ObjectMapper().readTree(run.out());
            assertThat(root.path("checks").size()).isGreaterThan(5);
            assertThat(root.path("ruleErrors")).isEmpty();
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            if (!symptom.equals("delegation")) {
                assertThat(check(root, "EXCHANGE_BUILD_CALENDAR").path("status").asText()).isEqualTo("pass");
            }
            if (!symptom.equals("calendar-app") && !symptom.equals("presence")) {
                assertThat(check(root, "EXCHANGE_BUILD_DELEGATION").path("status").asText()).isEqualTo("pass");
            }
            assertThat(check(root, "OAUTH_CERTIFICATE").path("status").asText()).isEqualTo("fail");
            // One server's capture: its virtual directory without an ExternalUrl says nothing about the organisation.
            assertThat(check(root, "EWS_EXTERNAL_URL").path("status").asText()).isEqualTo("unknown");
        }
    }

    /** At most one line per file read, plus one line naming every file skipped; no RefId noise. */
    @Test
    void stderrHasOneLinePerFileReadAndOneSummaryOfTheSkipped() {
        assumeTrue(Files.isDirectory(E19), "E19 capture folder not present");
        CliRun run = CliRun.of("diagnose", E19.toString(), "--symptom", "all", "--user", "admin@solo.com");
        List<String> lines = run.err().strip().lines().toList();
        long read = lines.stream().filter(l -> l.startsWith("ted: read ")).count();
        List<String> skipped = lines.stream().filter(l -> l.startsWith("ted: skipped ")).toList();
        List<String> notes = lines.stream().filter(l -> l.startsWith("ted: note: ")).toList();
        assertThat(skipped).singleElement().asString().contains("GetAcceptedDomain.xml").contains("Antimalware.xml")
                .contains("GetExchangeServerADInformation.xml").contains("GetMailboxServer.xml");
        assertThat((long) lines.size() - notes.size()).isLessThanOrEqualTo(read + 1);
        assertThat(run.err()).doesNotContain("RefId");
        assertThat(lines).filteredOn(l -> l.startsWith("ted: read ")).anySatisfy(l -> assertThat(l).contains("ExSetup1.xml"))
                .anySatisfy(l -> assertThat(l).contains("GetOrganizationConfig1.xml").contains("a second Get-OrganizationConfig"));
    }
}
