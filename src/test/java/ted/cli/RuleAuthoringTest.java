package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A support engineer's path: a rule folder of their own, checked, tested, explained and used in a diagnosis. */
class RuleAuthoringTest {
    static final String EXAMPLE = "examples/rules/delegate-own-ews";
    @TempDir
    Path dir;

    @Test
    void theExampleFolderChecksCleanTestsGreenAndDiagnoses() throws IOException {
        CliRun check = CliRun.of("rules", "check", "--rules", EXAMPLE);
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out() + check.err()).isEmpty();

        Path junit = dir.resolve("results.xml");
        CliRun test = CliRun.of("rules", "test", "--rules", EXAMPLE, "--junit", junit.toString());
        assertThat(test.exitCode()).isZero();
        assertThat(test.out().strip().lines().reduce((a, b) -> b)).contains("4 passed, 0 failed");
        assertThat(Files.readString(junit)).contains("<testsuite name=\"ted rules test\" tests=\"4\" failures=\"0\"");

        CliRun diagnose = CliRun.of("diagnose", "facts-samples/healthy-hybrid.yaml", "--rules", EXAMPLE, "--format", "json");
        assertThat(diagnose.exitCode()).isZero();
        assertThat(diagnose.out()).contains("\"code\" : \"DELEGATE_OWN_EWS\"");
    }

    @Test
    void aCheckMayBeDefinedInOneFileAndDecidedInAnother() throws IOException {
        Path rules = dir.resolve("split");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("a.drl"), """
                package ted.rules
                rule "SPLIT_CHECK" @defines("SPLIT_CHECK") @title("t") @symptoms("presence") @section("presence") @step("9")
                    @severity("low") @source("s") @what("w") @why("w") @fix("f")
                when eval(false) then end
                """);
        Files.writeString(rules.resolve("b.drl"), """
                package ted.rules
                import ted.facts.Case
                import ted.engine.Finding
                rule "SPLIT_CHECK passes" @code("SPLIT_CHECK") @status("pass") when Case() then insert(Finding.from(kcontext)); end
                """);
        CliRun run = CliRun.of("rules", "check", "--rules", rules.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aFailingRuleTestIsReportedAndExitsOne() throws IOException {
        Path tests = dir.resolve("wrong.test.yaml");
        Files.writeString(tests, """
                - name: expects the wrong thing
                  base: %s
                  expect:
                    EWS_ORG_ENABLED: fail
                """.formatted(Path.of("facts-samples/healthy-hybrid.yaml").toAbsolutePath()));
        CliRun run = CliRun.of("rules", "test", tests.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL wrong.test.yaml: expects the wrong thing")
                .contains("EWS_ORG_ENABLED: expected fail but got pass").contains("0 passed, 1 failed");
    }

    @Test
    void aBrokenFolderGivesFileAndLineForEveryProblem() throws IOException {
        Path rules = dir.resolve("broken");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.drl"), """
                package ted.rules
                import ted.facts.Case
                rule "MY_CHECK" @defines("MY_CHECK") @title("t") @symptoms("presence") @section("presence") @step("9")
                    @severity("low") @source("me") @description("no") @why("w") @fix("f")
                when eval(false) then end

                rule "my verdict" @code("NOT_DEFINED") @status("fail")
                when Case() then end
                """);
        CliRun run = CliRun.of("rules", "check", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).allSatisfy(l -> assertThat(l).startsWith(rules.resolve("bad.drl") + ":"));
        assertThat(run.err()).contains(":3: rule \"MY_CHECK\" has no @what metadata")
                .contains("has metadata org.kie.api.definition.type.Description TED does not know")
                .contains(":7: rule \"my verdict\" gives a verdict for NOT_DEFINED, which no rule defines");
    }

    @Test
    void aDrlSyntaxErrorIsFileAndLine() throws IOException {
        Path rules = dir.resolve("syntax");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("x.drl"), "package ted.rules\n\nrule \"x\" @purpose(\"p\")\nwhen\n    Mailbox(\nthen\nend\n");
        CliRun run = CliRun.of("rules", "check", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(rules.resolve("x.drl") + ":");
    }

    @Test
    void aFolderCannotReplaceABuiltInRuleNorAddVerdictsToABuiltInCheck() throws IOException {
        Path rules = dir.resolve("clash");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("clash.drl"), """
                package ted.rules
                rule "EWS_ORG_ENABLED: EWS is switched off for the organization" @code("EWS_ORG_ENABLED") @status("pass")
                when then end
                """);
        CliRun run = CliRun.of("diagnose", "facts-samples/healthy-hybrid.yaml", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("clash.drl:2: rule \"EWS_ORG_ENABLED: EWS is switched off for the organization\" already exists (common/ews-enabled.drl:")
                .contains("cannot replace one").contains("check EWS_ORG_ENABLED is already defined").doesNotContain("Exception");
    }

    @Test
    void rulesListGivesEveryCheckRuleWithWhereItIs() throws IOException {
        CliRun run = CliRun.of("rules", "list", "--format", "json", "--rules", EXAMPLE);
        assertThat(run.exitCode()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows.isArray()).isTrue();
        JsonNode first = rows.get(0);
        for (String field : new String[] {"code", "status", "rule", "symptoms", "severity", "title", "location"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(run.out()).contains("\"location\" : \"" + EXAMPLE + "/delegate-own-ews.drl:16\"");
        assertThat(CliRun.of("rules", "list", "--format", "markdown").out()).startsWith("| code | status | rule |");
    }

    @Test
    void explainTellsEverythingAndSuggestsCodesForATypo() {
        CliRun known = CliRun.of("explain", "delegate_send_on_behalf");
        assertThat(known.exitCode()).isZero();
        assertThat(known.out()).contains("What it checks:").contains("Why it matters:").contains("Facts it reads: Mailbox")
                .contains("Statuses:       fail, unknown, pass").contains("Rule file:      delegation/delegation.drl");
        CliRun typo = CliRun.of("explain", "DELEGATE_SEND_ON_BEHAF");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).startsWith("ted: no check DELEGATE_SEND_ON_BEHAF; closest: DELEGATE_SEND_ON_BEHALF");
    }

    @Test
    void traceShowsWhichRuleFiredOnWhichFacts() {
        CliRun run = CliRun.of("diagnose", "facts-samples/ews-disabled.yaml", "--trace");
        assertThat(run.err()).contains("ted: trace: fired \"EWS_ORG_ENABLED: EWS is switched off for the organization\" -> fail on "
                + "OnPremisesScope; OrganizationConfig");
        // Facts are named as an admin would (issue 9, item 7): no object hashes, one line per event.
        assertThat(run.err()).contains("on Case user jane.doe@contoso.com").contains("Mailbox jane.doe@contoso.com")
                .doesNotContain("InitialFact").doesNotContainPattern("@[0-9a-f]{6,}");
        assertThat(run.err().lines().filter(l -> !l.startsWith("ted: "))).isEmpty();
    }

    /** Issue 19: a section written beside facts: would have been ignored, and the case passed on facts it never set. */
    @Test
    void aFactsSectionBesideFactsIsAnErrorThatSaysWhereItBelongs() throws IOException {
        Path tests = dir.resolve("misplaced.test.yaml");
        Files.writeString(tests, """
                - name: the section is beside facts, not under it
                  base: %s
                  mailboxFolderPermissions:
                    - {Identity: 'contoso.com/Users/Jane Doe:\\Calendar', User: John Smith, AccessRights: [Reviewer]}
                  expect:
                    DELEGATE_CALENDAR_EDITOR: pass
                """.formatted(Path.of("facts-samples/healthy-hybrid.yaml").toAbsolutePath()));
        CliRun run = CliRun.of("rules", "test", tests.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'mailboxFolderPermissions'").contains("put it under facts:");
    }

    @Test
    void aFolderWithoutRulesOrWithoutTestsIsAnErrorNotASilentPass() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun check = CliRun.of("rules", "check", "--rules", empty.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("holds no .drl rule files");
        CliRun test = CliRun.of("rules", "test", empty.toString());
        assertThat(test.exitCode()).isEqualTo(2);
        assertThat(test.err()).contains("no rule tests (*.test.yaml)");
    }

    @Test
    void aVerdictRuleNoCaseMakesFireIsListedAndFailsOnRequest() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("half-tested"));
        Files.writeString(rules.resolve("half.drl"), """
                package ted.rules
                import ted.facts.Case
                import ted.facts.OrganizationConfig
                import ted.engine.Finding
                rule "HALF_TESTED" @defines("HALF_TESTED") @title("t") @symptoms("delegation") @section("delegation") @step("9")
                    @severity("low") @source("s") @what("w") @why("w") @fix("f")
                when eval(false) then end
                rule "HALF_TESTED: EWS on" @code("HALF_TESTED") @status("pass")
                when OrganizationConfig(EwsEnabled != false) then insert(Finding.from(kcontext)); end
                rule "HALF_TESTED: EWS off" @code("HALF_TESTED") @status("fail")
                when OrganizationConfig(EwsEnabled == false) then insert(Finding.from(kcontext)); end
                """);
        Files.writeString(rules.resolve("half.test.yaml"), """
                - name: EWS on passes
                  base: %s
                  expect:
                    HALF_TESTED: pass
                """.formatted(Path.of("facts-samples/healthy-hybrid.yaml").toAbsolutePath()));
        CliRun listed = CliRun.of("rules", "test", "--rules", rules.toString());
        assertThat(listed.exitCode()).as(listed.out() + listed.err()).isZero();
        assertThat(listed.out()).contains("UNTESTED \"HALF_TESTED: EWS off\"").doesNotContain("HALF_TESTED: EWS on\"")
                .doesNotContain("EWS_MAILBOX_ENABLED");
        assertThat(listed.out().strip().lines().reduce((a, b) -> b)).contains("1 passed, 0 failed");
        CliRun strict = CliRun.of("rules", "test", "--rules", rules.toString(), "--fail-untested");
        assertThat(strict.exitCode()).isEqualTo(1);
    }
}
