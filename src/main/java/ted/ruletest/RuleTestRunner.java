package ted.ruletest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ted.engine.Diagnoser;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;
import ted.read.CaseAssembler;
import ted.read.FactsFileReader;
import ted.read.ReadResult;

/** Runs rule test cases against a knowledge base, exactly as {@code ted diagnose} would run the same facts. */
public final class RuleTestRunner {
    /**
     * The rule that gives {@code unknown} to a check no verdict rule decided (rules/core/scope.drl): at run time a
     * safety net, in a rule test a gap in the check's verdicts, reported whether or not the case expects the check.
     */
    static final String SAFETY_NET = "scope: a check no rule decided is unknown";

    private final RuleBase rules;
    private final FactsFileReader reader = new FactsFileReader();

    public RuleTestRunner(RuleBase rules) {
        this.rules = rules;
    }

    public RuleTestResult run(RuleTestCase c) {
        List<String> mismatches = new ArrayList<>();
        for (String code : c.expect().keySet()) {
            if (rules.check(code) == null) {
                mismatches.add(code + ": no rule declares this check");
            }
        }
        ReadResult read;
        try {
            read = reader.readText(c.toString(), RuleTestFiles.factsDocument(c), false);
        } catch (IOException e) {
            return new RuleTestResult(c, List.of("cannot build the facts: " + e.getMessage()), null);
        }
        // The line would be one of the base merged with the case's sections, a document nobody sees: the message alone.
        read.problems().forEach(p -> mismatches.add("facts: " + p.message()));
        if (read.nothingUsable()) {
            return new RuleTestResult(c, mismatches, null);
        }
        Diagnosis diagnosis;
        try {
            CaseAssembler.Assembled assembled = CaseAssembler.assemble(read.facts(), null, null, null);
            diagnosis = new Diagnoser(rules).diagnose(read.facts(), assembled.subject());
        } catch (IllegalArgumentException e) {
            mismatches.add("case: " + e.getMessage());
            return new RuleTestResult(c, mismatches, null);
        } catch (RuleDefinitionException e) {
            mismatches.add("rules: " + e.getMessage());
            return new RuleTestResult(c, mismatches, null);
        }
        diagnosis.findings().stream().filter(f -> f.rule().equals(SAFETY_NET)).forEach(f -> mismatches.add(f.getCode()
                + ": no verdict rule decided this check for these facts; add the verdict the case calls for to its rules"));
        for (Map.Entry<String, String> want : c.expect().entrySet()) {
            List<Finding> got = diagnosis.findings().stream().filter(f -> f.getCode().equals(want.getKey())).toList();
            if (got.isEmpty()) {
                mismatches.add(want.getKey() + ": expected " + want.getValue() + " but the check was not in scope");
            } else if (got.size() > 1) {
                mismatches.add(want.getKey() + ": expected one verdict but rules gave " + got);
            } else if (!got.get(0).getStatus().id().equals(want.getValue())) {
                mismatches.add(want.getKey() + ": expected " + want.getValue() + " but got " + got.get(0).getStatus()
                        + " from rule \"" + got.get(0).rule() + "\"" + (got.get(0).cause() == null ? "" : " (" + got.get(0).cause() + ")"));
            }
        }
        return new RuleTestResult(c, mismatches, diagnosis);
    }
}
