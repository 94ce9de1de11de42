package ted.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ted.engine.Finding;
import ted.engine.Section;
import ted.engine.Status;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/**
 * A scan as one self-contained page, like the diagnosis report (same styles, no network): the troubleshooting path
 * with how many subjects each step failed or left unknown, what is the same for everyone, and per check its causes
 * with examples and the one command that fixes each cause's subjects.
 */
public final class ScanHtml {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("ted/report").compile("scan.html.mustache");

    record Same(String code, String status, String statusLabel, String icon, String title, String cause, List<String> evidence,
                String fix, String fixId) {
    }

    record CauseView(String status, String statusLabel, String icon, String count, String text, String examples, String fix, String fixId) {
    }

    record Differ(String code, String title, String counts, List<CauseView> causes) {
    }

    record Page(String version, String symptoms, String scope, String summaryLine, FlowDiagram.Layout flow, List<Same> same,
                List<Differ> differ, List<String> sources) {
    }

    private ScanHtml() {
    }

    public static void render(ScanReport r, PrintWriter out) {
        TEMPLATE.execute(out, page(r));
        out.flush();
    }

    static Page page(ScanReport r) {
        var s = r.summary();
        int[] ids = {0};
        List<Same> same = new ArrayList<>();
        List<Differ> differ = new ArrayList<>();
        for (CheckSummary c : s.checks()) {
            if (c.sameForEverySubject()) {
                Finding f = c.example();
                same.add(new Same(c.check().code(), f.getStatus().id(), HtmlRenderer.label(f.getStatus()), HtmlRenderer.icon(f.getStatus()),
                        c.check().title(), f.cause(), f.evidence().stream().map(Object::toString).toList(),
                        f.getStatus() == Status.PASS || f.fixes().isEmpty() ? null : String.join("\n", f.fixes()), "cmd" + ids[0]++));
            } else {
                List<CauseView> causes = new ArrayList<>();
                for (Cause cause : c.causes()) {
                    causes.add(new CauseView(cause.status().id(), HtmlRenderer.label(cause.status()), HtmlRenderer.icon(cause.status()),
                            String.format(Locale.ROOT, "%,d", cause.count()), cause.text(), String.join(", ", cause.examples())
                            + (cause.count() > cause.examples().size() ? ", …" : ""),
                            cause.fix() == null || cause.fix().isEmpty() ? null : ScanText.pipeline(c, cause), "cmd" + ids[0]++));
                }
                differ.add(new Differ(c.check().code(), c.check().title(), ScanText.counts(c.counts()), causes));
            }
        }
        return new Page(r.version(), r.symptoms(), String.format(Locale.ROOT, "%,d mailboxes, %,d delegate pairs (%,d subjects)",
                r.mailboxes(), r.pairs(), s.subjects()), String.format(Locale.ROOT, "%,d of %,d subjects have a check that fails the run",
                s.failing(), s.subjects()), flow(s.checks()), same, differ,
                r.sources().stream().map(src -> src.file() + " (" + src.readAs() + ", " + src.objects() + " objects)").toList());
    }

    /** A box per step, coloured by the worst status any subject got there, labelled with how many subjects got it. */
    static FlowDiagram.Layout flow(List<CheckSummary> checks) {
        Map<String, List<CheckSummary>> bySteps = new LinkedHashMap<>();
        checks.forEach(c -> bySteps.computeIfAbsent(c.check().section() + "/" + c.check().step(), k -> new ArrayList<>()).add(c));
        List<FlowDiagram.Step> steps = new ArrayList<>();
        for (List<CheckSummary> step : bySteps.values()) {
            Status worst = Status.PASS;
            int subjects = 0;
            String code = step.get(0).check().code();
            StringBuilder tooltip = new StringBuilder();
            for (CheckSummary c : step) {
                for (Status st : Status.values()) {
                    if (c.counts().get(st) > 0 && st.compareTo(worst) < 0) {
                        worst = st;
                        code = c.check().code();
                    }
                }
                tooltip.append(c.check().code()).append(": ").append(ScanText.counts(c.counts())).append('\n');
            }
            for (CheckSummary c : step) {
                subjects += c.counts().get(worst);
            }
            Section section = step.get(0).check().section();
            steps.add(new FlowDiagram.Step(section, step.get(0).check().step(), worst,
                    String.format(Locale.ROOT, "%,d %s", subjects, worst.id()), "#" + code, tooltip.toString().strip()));
        }
        steps.sort(Comparator.comparing(FlowDiagram.Step::section).thenComparingInt(FlowDiagram.Step::step));
        return FlowDiagram.layout(steps);
    }
}
