package ted.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ted.TestRules;
import ted.engine.Check;
import ted.engine.Finding;
import ted.engine.RuleBase;

/**
 * The knowledge base's own quality bar, as PMD has for its rules: a rule nobody tests, a check without a failing
 * and a passing case, or a check that gets two verdicts at once fails the build.
 */
class RuleCoverageMetaTest {
    private static RuleBase rules;
    private static List<RuleTestResult> results;

    @BeforeAll
    static void runAllCases() throws IOException {
        rules = TestRules.builtIn();
        RuleTestRunner runner = new RuleTestRunner(rules);
        results = new ArrayList<>();
        for (RuleTestCase c : RuleTestFiles.findAll(TestRules.RULES)) {
            results.add(runner.run(c));
        }
    }

    @Test
    void everyCheckRuleFiresInSomeRuleTest() {
        // The same list `ted rules test` prints as UNTESTED; every built-in check is tested (the test below), so this
        // covers every verdict rule.
        assertThat(UntestedRules.of(rules, results, file -> true)).as("check rules that no *.test.yaml case makes fire").isEmpty();
    }

    @Test
    void everyCheckHasAnExpectedProblemAndAnExpectedQuietCase() {
        Map<String, Set<String>> expected = new HashMap<>();
        results.forEach(r -> r.testCase().expect().forEach((code, status) ->
                expected.computeIfAbsent(code, k -> new HashSet<>()).add(status)));
        List<String> missing = new ArrayList<>();
        for (Check check : rules.checks()) {
            Set<String> statuses = expected.getOrDefault(check.code(), Set.of());
            if (statuses.stream().noneMatch(s -> s.equals("fail") || s.equals("warn") || s.equals("info"))) {
                missing.add(check.code() + " has no case where it fails, warns or informs");
            }
            if (statuses.stream().noneMatch(s -> s.equals("pass") || s.equals("skipped"))) {
                missing.add(check.code() + " has no case where it must stay quiet (pass or skipped)");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noCheckEverGetsTwoVerdicts() {
        List<String> doubled = new ArrayList<>();
        for (RuleTestResult r : results) {
            if (r.diagnosis() == null) {
                continue;
            }
            Map<String, List<Finding>> byCode = r.diagnosis().findings().stream().collect(Collectors.groupingBy(Finding::getCode));
            byCode.forEach((code, findings) -> {
                if (findings.size() > 1) {
                    doubled.add(r.testCase() + ": " + findings);
                }
            });
        }
        assertThat(doubled).isEmpty();
    }

    @Test
    void noCheckIsLeftToTheSafetyNetInRuleTests() {
        List<String> undecided = new ArrayList<>();
        for (RuleTestResult r : results) {
            if (r.diagnosis() != null) {
                r.diagnosis().findings().stream().filter(f -> f.rule().startsWith("scope: a check no rule decided"))
                        .forEach(f -> undecided.add(r.testCase() + ": " + f.getCode()));
            }
        }
        assertThat(undecided).as("checks no rule decided").isEmpty();
    }
}
