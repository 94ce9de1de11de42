package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 1: a check's verdict rules are tried in the order the file declares them and the first that holds
 * decides, so no verdict rule restates the others' conditions negated; a rule whose model reaches the verdict may
 * declare several statuses and must name one of them.
 */
class VerdictOrderTest {
    @TempDir
    Path dir;

    private static final String DEFINITION = """
            package ted.rules
            import ted.facts.Case
            import ted.facts.OrganizationConfig
            import ted.engine.Finding

            rule "ORDER_PROBE" @defines("ORDER_PROBE") @title("verdict order")
                @symptoms("delegation") @section("delegation") @step("8") @severity("low") @source("test")
                @what("w") @why("w") @fix("f")
            when eval(false) then end
            """;

    private JsonNode diagnose(String verdicts) throws IOException {
        Path rules = dir.resolve("order");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("order.drl"), DEFINITION + verdicts);
        CliRun run = CliRun.of("diagnose", "facts-samples/healthy-hybrid.yaml", "--rules", rules.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        java.util.List<JsonNode> probes = new java.util.ArrayList<>();
        root.path("checks").forEach(f -> {
            if (f.path("code").asText().equals("ORDER_PROBE")) {
                probes.add(f);
            }
        });
        assertThat(probes).as("one verdict for the check, in " + run.out() + run.err()).hasSize(1);
        return probes.get(0);
    }

    private static String verdict(String name, String status, String condition) {
        return "rule \"ORDER_PROBE: " + name + "\" @code(\"ORDER_PROBE\") @status(\"" + status + "\")\n"
                + "when\n    " + condition + "\nthen\n    insert(Finding.from(kcontext).because(\"" + name + "\"));\nend\n";
    }

    @Test
    void whenTwoVerdictsHoldTheOneDeclaredFirstDecides() throws IOException {
        JsonNode failFirst = diagnose(verdict("fail written first", "fail", "OrganizationConfig()")
                + verdict("pass written second", "pass", "Case()"));
        assertThat(failFirst.path("status").asText()).isEqualTo("fail");
        assertThat(failFirst.path("cause").asText()).isEqualTo("fail written first");

        JsonNode passFirst = diagnose(verdict("pass written first", "pass", "Case()")
                + verdict("fail written second", "fail", "OrganizationConfig()"));
        assertThat(passFirst.path("status").asText()).isEqualTo("pass");
    }

    @Test
    void aLaterVerdictDecidesWhenTheOnesAboveDoNotHold() throws IOException {
        JsonNode f = diagnose(verdict("needs a fact nobody collected", "fail", "not OrganizationConfig()")
                + verdict("the broad case", "warn", "Case()"));
        assertThat(f.path("status").asText()).isEqualTo("warn");
        assertThat(f.path("cause").asText()).isEqualTo("the broad case");
    }

    @Test
    void aRuleDeclaringSeveralStatusesNamesTheOneItReached() throws IOException {
        JsonNode f = diagnose("""
                rule "ORDER_PROBE: a model decides" @code("ORDER_PROBE") @status("pass|warn|fail")
                when
                    OrganizationConfig()
                then
                    insert(Finding.from(kcontext, "warn").because("the model said warn"));
                end
                """);
        assertThat(f.path("status").asText()).isEqualTo("warn");
    }

    @Test
    void aStatusTheRuleDoesNotDeclareIsAnErrorOfThatRule() throws IOException {
        JsonNode f = diagnose("""
                rule "ORDER_PROBE: a model decides" @code("ORDER_PROBE") @status("pass|warn")
                when
                    OrganizationConfig()
                then
                    insert(Finding.from(kcontext, "fail"));
                end
                """);
        assertThat(f.path("status").asText()).isEqualTo("error");
        assertThat(f.path("cause").asText()).contains("reached fail, which its @status does not declare");
    }
}
