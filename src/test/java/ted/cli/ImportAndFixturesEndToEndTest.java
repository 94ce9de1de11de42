package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Exports through the real CLI: the HealthChecker captures, and the sources array that says what each file was. */
class ImportAndFixturesEndToEndTest {
    static final Path FIXTURES = Path.of("../shared/fixtures/css-exchange-healthchecker");

    static Map<String, String> statuses(JsonNode root) {
        Map<String, String> got = new TreeMap<>();
        root.path("checks").forEach(c -> got.put(c.path("code").asText(), c.path("status").asText()));
        return got;
    }

    @Test
    void theHealthCheckerCapturesGiveFindingsForWhatTheyHoldAndUnknownForTheRest() throws IOException {
        assumeTrue(Files.isDirectory(FIXTURES), "HealthChecker fixtures not present");
        CliRun run = CliRun.of("diagnose", FIXTURES.toString(), "--symptom", "all", "--user", "admin@solo.com", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        Map<String, String> got = statuses(root);
        assertThat(got).containsEntry("EXCHANGE_BUILD_DELEGATION", "pass").containsEntry("EXCHANGE_BUILD_CALENDAR", "pass")
                .containsEntry("EWS_ORG_ENABLED", "pass").containsEntry("EWS_ORG_ALLOWS_PRESENCE", "pass")
                .containsEntry("EWS_EXTERNAL_URL", "unknown").containsEntry("OAUTH_CERTIFICATE", "fail")
                .containsEntry("TEAMS_PARTNER_APP", "warn")
                .containsEntry("EWS_MAILBOX_ENABLED", "unknown").containsEntry("DELEGATE_SEND_ON_BEHALF", "unknown")
                .containsEntry("AUTODISCOVER", "unknown");
        assertThat(root.path("sources")).hasSize(7);
        assertThat(root.path("sources").toString()).contains("Get-PartnerApplication (Export-Clixml)");
        assertThat(root.path("skipped").toString()).contains("GetHybridConfiguration.xml");
        assertThat(root.path("errors")).isEmpty();
        assertThat(root.path("sources").toString()).as("the report states what the inputs cover")
                .contains("a HealthChecker capture of one server").contains("1 of ? servers: SOLO-E19A");
    }

    /** As for diagnose (issue 17): a mistyped path is an input error of the run, after the good files were imported. */
    @Test
    void importWithAMistypedPathWritesTheRestAndExitsTwo(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path facts = dir.resolve("facts.yaml");
        CliRun run = CliRun.of("import", "facts-samples/healthy-hybrid.yaml", dir.resolve("nope.yaml").toString(), "-o", facts.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml: named but not read");
        assertThat(Files.readString(facts)).contains("jane.doe@contoso.com");
    }
}
