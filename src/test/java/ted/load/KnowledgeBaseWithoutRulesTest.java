package ted.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import ted.TestRules;
import ted.engine.Check;
import ted.engine.Finding;
import ted.engine.RuleBase;
import ted.facts.Case;
import ted.facts.FactSet;
import ted.facts.Symptom;
import ted.read.CaseAssembler;
import ted.read.FactsFileReader;

/**
 * The broken-rule fallback runs a case again on the knowledge base without the rules that threw. Taking rules out of a
 * built base with Drools' removeRule broke the network from three rules on; the copy is compiled from the text instead.
 */
class KnowledgeBaseWithoutRulesTest {

    @Test
    void blankingARuleKeepsEveryOtherRuleOnItsLine() {
        String text = "package p\n\nrule \"a\"\nwhen\n  eval(true)\nthen\n  int end = 1;\nend\n\nrule \"b\"\nwhen\nthen\nend\n";
        String blanked = RuleCompiler.blank(text, Set.of("a"));
        assertThat(blanked.lines().count()).isEqualTo(text.lines().count());
        assertThat(blanked).doesNotContain("rule \"a\"").doesNotContain("eval(true)").contains("rule \"b\"");
        assertThat(ted.engine.RuleLocation.rulesIn(blanked)).containsEntry("b", 10);
    }

    /** Every verdict rule of the other symptoms left out at once: the delegation checks come out as before. */
    @Test
    void aBaseWithoutManyRulesStillDecidesTheRest() {
        RuleBase rules = TestRules.builtIn();
        Set<Symptom> delegation = Set.of(Symptom.DELEGATION);
        Set<String> others = new HashSet<>();
        for (Rule r : rules.rules()) {
            List<Check> decided = rules.checksDecidedBy(r);
            if (!decided.isEmpty() && decided.stream().noneMatch(c -> c.servesAny(delegation))) {
                others.add(r.getName());
            }
        }
        assertThat(others).hasSizeGreaterThan(20);
        FactSet facts = new FactsFileReader().read(List.of(Path.of("facts-samples/delegation-reviewer-without-send-on-behalf.yaml"))).facts();
        CaseAssembler.resolveEveryone(facts);
        Case c = new Case(delegation, ted.facts.Ref.of("jane.doe@contoso.com"), ted.facts.Ref.of("john.smith@contoso.com"), "2026-11-30");
        List<Check> inScope = rules.checks().stream().filter(x -> x.servesAny(delegation)).toList();

        Map<String, String> full = verdicts(rules.kieBase(), rules, facts, c, inScope);
        Map<String, String> without = verdicts(rules.kieBaseWithout(others), rules, facts, c, inScope);

        assertThat(full).containsEntry("DELEGATE_CALENDAR_EDITOR", "fail");
        assertThat(without).isEqualTo(full);
        assertThat(rules.kieBaseWithout(new HashSet<>(others))).as("made once per set of rules").isSameAs(rules.kieBaseWithout(others));
    }

    private static Map<String, String> verdicts(KieBase kieBase, RuleBase rules, FactSet facts, Case c, List<Check> inScope) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("checks", rules.byCode());
            session.insert(c);
            facts.collectedSections().forEach(s -> session.insert(new ted.facts.Collected(s)));
            facts.facts().forEach(session::insert);
            inScope.forEach(session::insert);
            session.fireAllRules();
            Map<String, String> out = new TreeMap<>();
            List<Object> findings = new ArrayList<>(session.getObjects(o -> o instanceof Finding));
            Set<String> codes = new HashSet<>(inScope.stream().map(Check::code).toList());
            findings.stream().map(Finding.class::cast).filter(f -> codes.contains(f.getCode()))
                    .forEach(f -> out.merge(f.getCode(), f.getStatus().id(), (a, b) -> a + "," + b));
            return out;
        } finally {
            session.dispose();
        }
    }
}
