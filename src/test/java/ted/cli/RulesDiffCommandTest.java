package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ted rules diff}: a rule change proven, or refuted, on the samples and the rule tests. */
class RulesDiffCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theSameRulesChangeNoVerdictOnAnySampleExportOrRuleTest() {
        CliRun run = CliRun.of("rules", "diff", "--old", "rules", "facts-samples", "rules");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No verdict changed.");
        // 19 facts files, 5 export folders and every rule test: a library, not one case.
        assertThat(run.out()).containsPattern("[1-9][0-9]{2} case\\(s\\) compared");
    }

    @Test
    void aFlippedVerdictIsListedPerCaseAndCheckWithBothSidesAndExitsOne() throws IOException {
        Path changed = copyOfTheRules();
        Path drl = changed.resolve("common/ews-enabled.drl");
        String text = Files.readString(drl);
        // EWS switched off for the organisation: fail becomes warn.
        int at = text.indexOf("@code(\"EWS_ORG_ENABLED\") @status(\"fail\")");
        assertThat(at).as("the rule to change is where the test expects it").isPositive();
        Files.writeString(drl, text.substring(0, at) + text.substring(at).replaceFirst("@status\\(\"fail\"\\)", "@status(\"warn\")"));
        CliRun run = CliRun.of("rules", "diff", "--old", "rules", "--new", changed.toString(), "facts-samples/ews-disabled.yaml",
                "facts-samples/healthy-hybrid.yaml");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("facts-samples/ews-disabled.yaml").contains("EWS_ORG_ENABLED: fail -> warn")
                .contains("before: fail").contains("after: warn").contains("EwsEnabled = False")
                .doesNotContain("healthy-hybrid.yaml");
    }

    @Test
    void jsonListsTheChangesForTools() throws IOException {
        Path changed = copyOfTheRules();
        Files.delete(changed.resolve("common/ews-enabled.drl"));
        Files.delete(changed.resolve("common/ews-enabled.test.yaml"));
        CliRun run = CliRun.of("rules", "diff", "--old", "rules", "--new", changed.toString(), "--format", "json",
                "facts-samples/ews-disabled.yaml");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("casesCompared").asInt()).isEqualTo(1);
        assertThat(root.path("changes").findValuesAsText("code")).contains("EWS_ORG_ENABLED", "EWS_MAILBOX_ENABLED");
        assertThat(root.path("changes").get(0).path("after").path("status").asText()).isEqualTo("absent");
    }

    @Test
    void aGitRevisionOfTheRulesFolderIsARuleSet() {
        // HEAD's rules against themselves: proves the revision is read (in a fresh clone, as CI runs it) without
        // depending on what is uncommitted here.
        CliRun run = CliRun.of("rules", "diff", "--old", "HEAD:rules", "--new", "HEAD:rules", "facts-samples/ews-disabled.yaml");
        if (run.err().contains("cannot run git") || run.err().contains("not a git repository")) {
            return;
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No verdict changed.");
    }

    @Test
    void anUnknownRevisionAndAnUnreadableCaseAreInputErrorsAfterTheRestIsCompared() throws IOException {
        CliRun badRev = CliRun.of("rules", "diff", "--old", "no-such-revision-anywhere", "facts-samples/ews-disabled.yaml");
        assertThat(badRev.exitCode()).isEqualTo(2);
        assertThat(badRev.err()).startsWith("ted: rules: ").doesNotContain("Exception").hasLineCount(1);

        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "case: {symptom: all\n");
        CliRun run = CliRun.of("rules", "diff", "--old", "rules", broken.toString(), "facts-samples/ews-disabled.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml");
        assertThat(run.out()).contains("1 case(s) compared").contains("No verdict changed.");
    }

    private Path copyOfTheRules() throws IOException {
        Path into = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Path target = into.resolve(Path.of("rules").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return into;
    }
}
