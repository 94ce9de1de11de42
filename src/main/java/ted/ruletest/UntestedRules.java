package ted.ruletest;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import ted.engine.Finding;
import ted.engine.RuleBase;
import ted.engine.RuleLocation;
import ted.engine.RuleMetadata;

/**
 * The verdict rules no rule test makes fire, among the checks the tests are about: a verdict nobody has seen fire may
 * never fire, or fire on the wrong facts, and a passing suite says nothing about it (PMD's rule of thumb: a rule
 * without a test is not done).
 */
public final class UntestedRules {
    private UntestedRules() {
    }

    /**
     * "rule name (file:line)" for each verdict rule of a tested check that fired in none of {@code results}, among the
     * rules whose file {@code inScope} accepts (a folder's tests answer for the folder's rules, not the built-in ones).
     */
    public static List<String> of(RuleBase rules, List<RuleTestResult> results, Predicate<String> inScope) {
        Set<String> tested = results.stream().flatMap(r -> r.testCase().expect().keySet().stream()).collect(Collectors.toSet());
        Set<String> fired = results.stream().map(RuleTestResult::diagnosis).filter(Objects::nonNull)
                .flatMap(d -> d.findings().stream()).map(Finding::rule).collect(Collectors.toSet());
        return rules.rules().stream()
                .filter(r -> RuleMetadata.reachesVerdicts(r.getMetaData()) && !fired.contains(r.getName()))
                .filter(r -> rules.checksDecidedBy(r).stream().anyMatch(c -> tested.contains(c.code())))
                .filter(r -> rules.location(r.getName()) != null && inScope.test(rules.location(r.getName()).file()))
                .map(r -> describe(rules, r)).toList();
    }

    private static String describe(RuleBase rules, Rule rule) {
        RuleLocation at = rules.location(rule.getName());
        return "\"" + rule.getName() + "\"" + (at == null ? "" : " (" + at + ")");
    }
}
