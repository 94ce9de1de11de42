package ted.ruletest;

import java.util.List;

/** Rule test results as JUnit XML, the format CI servers read; one testcase per rule test case. */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String of(List<RuleTestResult> results) {
        long failures = results.stream().filter(r -> !r.passed()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"ted rules test\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        for (RuleTestResult r : results) {
            xml.append("  <testcase classname=\"").append(escape(r.testCase().file().toString())).append("\" name=\"")
                    .append(escape(r.testCase().name())).append('"');
            if (r.passed()) {
                xml.append("/>\n");
            } else {
                xml.append(">\n    <failure message=\"").append(escape(r.mismatches().get(0))).append("\">")
                        .append(escape(String.join("\n", r.mismatches()))).append("</failure>\n  </testcase>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
