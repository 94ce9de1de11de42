package ted.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.report.JUnitXmlWriter.Outcome;
import ted.report.JUnitXmlWriter.TestCase;

/**
 * A diagnosis as JUnit XML for a scheduled pipeline: one test case per check, named by its stable code. {@code fail}
 * is a failure, {@code error} an error, {@code unknown} and {@code skipped} are skipped (not verified is not passed),
 * the rest pass. A waived check is reported as skipped, with the waiver as its message, so it neither fails the
 * pipeline nor disappears from it.
 */
public final class JUnitRenderer implements Renderer {

    @Override
    public void render(Report report, PrintWriter out) {
        List<TestCase> cases = new ArrayList<>();
        for (Finding f : report.diagnosis().findings()) {
            Report.Waived w = report.waiver(f);
            Outcome outcome = w != null && f.getStatus() != ted.engine.Status.PASS ? Outcome.SKIPPED : switch (f.getStatus()) {
                case FAIL -> Outcome.FAILED;
                case ERROR -> Outcome.ERROR;
                case UNKNOWN, SKIPPED -> Outcome.SKIPPED;
                default -> Outcome.PASSED;
            };
            String message = f.getStatus().id() + ": " + (f.cause() == null ? f.check().title() : f.cause());
            if (w != null) {
                message = "waived until " + w.expires() + " (" + w.reason() + "); " + message;
            }
            cases.add(new TestCase("ted." + f.check().section().id(), f.getCode() + ": " + f.check().title(), outcome,
                    message, detail(f)));
        }
        JUnitXmlWriter.write("ted diagnose " + Checklist.symptoms(report.diagnosis().subject()), cases, out);
        out.flush();
    }

    private static String detail(Finding f) {
        StringBuilder s = new StringBuilder();
        s.append(f.evidence().stream().map(Evidence::toString).collect(Collectors.joining("\n")));
        if (!f.collects().isEmpty()) {
            s.append("\nCollect with:\n").append(String.join("\n", f.collects()));
        }
        if (!f.fixes().isEmpty()) {
            s.append("\nFix:\n").append(String.join("\n", f.fixes()));
        }
        return s.toString().strip();
    }
}
