package ted.ruletest;

import java.io.StringWriter;
import java.util.List;
import ted.report.JUnitXmlWriter;
import ted.report.JUnitXmlWriter.Outcome;
import ted.report.JUnitXmlWriter.TestCase;

/** Rule test results as JUnit XML, the format CI servers read; one testcase per rule test case. */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String of(List<RuleTestResult> results) {
        List<TestCase> cases = results.stream().map(r -> new TestCase(r.testCase().file().toString(), r.testCase().name(),
                r.passed() ? Outcome.PASSED : Outcome.FAILED, r.passed() ? "" : r.mismatches().get(0),
                String.join("\n", r.mismatches()))).toList();
        StringWriter xml = new StringWriter();
        JUnitXmlWriter.write("ted rules test", cases, xml);
        return xml.toString();
    }
}
