package ted.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import ted.TestRules;
import ted.engine.Check;
import ted.engine.Diagnoser;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.engine.RuleBase;
import ted.engine.RuleMetadata;
import ted.engine.Status;
import ted.engine.Unit;
import ted.facts.Case;
import ted.read.CaseAssembler;
import ted.read.FactsFileReader;
import ted.read.ReadResult;

/**
 * Keeps every check's {@code @unit} (what `ted scan` counts once each) honest against what the rules do, case by case
 * over every rule test: an organisation check reaches the same verdict whomever the case is about (so counting the
 * organisation once loses nothing), and a mailbox or pair check does depend on whom it is about in some case (so it is
 * not an organisation check counted once per mailbox).
 */
class CheckUnitMetaTest {
    private static RuleBase rules;
    /** Per rule test case: the verdicts with the case's people, and with nobody named. */
    private static final List<Map<String, Status>[]> VERDICTS = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void diagnoseEveryCaseWithAndWithoutItsPeople() throws IOException {
        rules = TestRules.builtIn();
        Diagnoser diagnoser = new Diagnoser(rules);
        for (RuleTestCase c : RuleTestFiles.findAll(TestRules.RULES)) {
            ReadResult read = new FactsFileReader().readText(c.toString(), RuleTestFiles.factsDocument(c), false);
            if (read.nothingUsable()) {
                continue;
            }
            Case subject = CaseAssembler.assemble(read.facts(), null, null, null).subject();
            Diagnosis with = diagnoser.diagnose(read.facts(), subject);
            Diagnosis nobody = diagnoser.diagnose(read.facts(), new Case(subject.symptoms(), null, null, subject.today()));
            VERDICTS.add(new Map[] {statuses(with), statuses(nobody)});
        }
    }

    private static Map<String, Status> statuses(Diagnosis d) {
        return d.findings().stream().collect(Collectors.toMap(Finding::getCode, Finding::getStatus, (a, b) -> a));
    }

    @Test
    void everyBuiltInCheckNamesItsUnit() {
        Set<String> without = new TreeSet<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (RuleMetadata.isDefinition(rule.getMetaData()) && !rule.getMetaData().containsKey(RuleMetadata.UNIT)) {
                    without.add(rule.getName());
                }
            }
        }
        assertThat(without).as("check definitions without @unit(\"organization|mailbox|pair\")").isEmpty();
        assertThat(rules.checks()).filteredOn(c -> c.unit() == Unit.PAIR).allSatisfy(c -> assertThat(c.symptoms()).hasSize(1));
    }

    @Test
    void anOrganisationChecksVerdictDoesNotDependOnWhomTheCaseIsAbout() {
        Set<String> differ = new TreeSet<>();
        for (Map<String, Status>[] v : VERDICTS) {
            for (Check c : checks(Unit.ORGANIZATION)) {
                Status with = v[0].get(c.code());
                // skipped: the case's mailbox is in Exchange Online, where on-premises checks do not apply to it
                if (with != null && with != Status.SKIPPED && with != v[1].get(c.code())) {
                    differ.add(c.code() + ": " + with + " with the case's people, " + v[1].get(c.code()) + " with nobody");
                }
            }
        }
        assertThat(differ).as("@unit(\"organization\") checks whose verdict changes with the case's people").isEmpty();
    }

    @Test
    void aMailboxOrPairCheckDependsOnWhomTheCaseIsAboutInSomeCase() {
        Set<String> never = checks(Unit.MAILBOX).stream().map(Check::code).collect(Collectors.toCollection(TreeSet::new));
        checks(Unit.PAIR).forEach(c -> never.add(c.code()));
        for (Map<String, Status>[] v : VERDICTS) {
            never.removeIf(code -> v[0].containsKey(code) && v[0].get(code) != v[1].get(code));
        }
        assertThat(never).as("mailbox or pair checks no rule test shows depending on the case's people: organisation checks?").isEmpty();
    }

    private static List<Check> checks(Unit unit) {
        return rules.checks().stream().filter(c -> c.unit() == unit).toList();
    }
}
