package ted.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ted.TestRules;

/**
 * Runs every {@code *.test.yaml} beside the built-in rules through the same runner {@code ted} uses, one JUnit test
 * per case, named after the file and the case.
 */
class BuiltInRuleTestsTest {

    static List<RuleTestCase> cases() throws IOException {
        return RuleTestFiles.findAll(TestRules.RULES);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleTestCasePasses() throws IOException {
        RuleTestRunner runner = new RuleTestRunner(TestRules.builtIn());
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            RuleTestResult result = runner.run(c);
            assertThat(result.mismatches()).as(c.toString()).isEmpty();
        }));
    }
}
