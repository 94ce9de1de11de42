package ted.ruletest;

import java.util.List;
import ted.engine.Diagnosis;

/** How one case went: the mismatches (empty when it passed) and the diagnosis, for meta-tests and reports. */
public record RuleTestResult(RuleTestCase testCase, List<String> mismatches, Diagnosis diagnosis) {

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
