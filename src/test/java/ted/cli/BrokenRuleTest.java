package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 1: a rule that throws while it is evaluated (in its condition or its consequence) does not abort the
 * run. The report is printed in full, the check it decides is {@code error} with the rule's name, file:line and
 * message, every other check is still decided, and the exit code is 2.
 */
class BrokenRuleTest {
    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void writeBrokenRules() throws IOException {
        rules = dir.resolve("broken");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), """
                package ted.rules
                import ted.facts.Case
                import ted.facts.ExchangeServer
                import ted.engine.Finding

                rule "THROWS_IN_CONDITION" @defines("THROWS_IN_CONDITION") @title("a condition that dereferences null")
                    @symptoms("delegation") @section("delegation") @step("8") @severity("low") @source("test")
                    @what("w") @why("w") @fix("f")
                when eval(false) then end

                rule "THROWS_IN_CONDITION: reads the site's length"
                    @code("THROWS_IN_CONDITION") @status("pass")
                when
                    ExchangeServer(ExSetupVersion.length() > 0)
                then
                    insert(Finding.from(kcontext));
                end

                rule "THROWS_IN_CONSEQUENCE" @defines("THROWS_IN_CONSEQUENCE") @title("a consequence with a bug")
                    @symptoms("delegation") @section("delegation") @step("9") @severity("low") @source("test")
                    @what("w") @why("w") @fix("f")
                when eval(false) then end

                rule "THROWS_IN_CONSEQUENCE: divides by zero"
                    @code("THROWS_IN_CONSEQUENCE") @status("fail")
                when
                    Case()
                then
                    int zero = 0;
                    insert(Finding.from(kcontext).because("never " + (1 / zero)));
                end
                """);
    }

    /** The healthy sample's servers have no ExSetupVersion: the broken condition meets a null, as real exports do. */
    @Test
    void aThrowingRuleGivesErrorForItsCheckAndTheRestIsDecided() throws IOException {
        CliRun run = CliRun.of("diagnose", "facts-samples/healthy-hybrid.yaml", "--rules", rules.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode condition = check(root, "THROWS_IN_CONDITION");
        assertThat(condition.path("status").asText()).isEqualTo("error");
        assertThat(condition.path("cause").asText()).contains("THROWS_IN_CONDITION: reads the site's length")
                .contains("broken.drl:").contains("ExSetupVersion.length() > 0").contains("null pointer");
        JsonNode consequence = check(root, "THROWS_IN_CONSEQUENCE");
        assertThat(consequence.path("status").asText()).isEqualTo("error");
        assertThat(consequence.path("cause").asText()).contains("divides by zero").contains("ArithmeticException");
        assertThat(check(root, "DELEGATE_CALENDAR_EDITOR").path("status").asText()).isEqualTo("pass");
        assertThat(check(root, "EXCHANGE_BUILD_DELEGATION").path("status").asText()).isEqualTo("pass");
        assertThat(root.path("summary").path("error").asInt()).isEqualTo(2);
        assertThat(root.path("ruleErrors")).hasSize(2);
        assertThat(run.err()).contains("ted: rules: rule \"THROWS_IN_CONSEQUENCE: divides by zero\"").doesNotContain("\tat ");
    }

    @Test
    void theTextReportShowsErrorAndStillListsEveryCheck() {
        CliRun run = CliRun.of("diagnose", "facts-samples/healthy-hybrid.yaml", "--rules", rules.toString(), "--color", "never");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("[ERROR]   THROWS_IN_CONDITION").contains("[ERROR]   THROWS_IN_CONSEQUENCE")
                .contains("[PASS]    DELEGATE_SEND_ON_BEHALF").contains("2 error");
    }

    static JsonNode check(JsonNode root, String code) {
        for (JsonNode c : root.path("checks")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no check " + code + " in " + root.path("checks"));
    }
}
