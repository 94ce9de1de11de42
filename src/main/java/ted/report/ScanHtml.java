package ted.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ted.engine.Finding;
import ted.engine.Status;
import ted.engine.Unit;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/**
 * A scan as one self-contained page, like the diagnosis report (same styles, no network): the troubleshooting path
 * with a box per check naming its code and title and how many objects got its worst status, the organisation's checks
 * once, and the checks about mailboxes and delegate pairs, most failing first, each with its causes, the objects they
 * hurt and the one command that fixes each cause's objects.
 */
public final class ScanHtml {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("ted/report").compile("scan.html.mustache");
    /** The scan's boxes carry the check's title and count under the status: two lines more than a diagnosis's. */
    static final int NODE_HEIGHT = 88;

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
            if (c.unit() == Unit.ORGANIZATION) {
                Finding f = c.worst();
                same.add(new Same(c.check().code(), f.getStatus().id(), HtmlRenderer.label(f.getStatus()), HtmlRenderer.icon(f.getStatus()),
                        c.check().title(), f.cause(), f.evidence().stream().map(Object::toString).toList(),
                        f.getStatus() == Status.PASS || f.fixes().isEmpty() ? null : String.join("\n", f.fixes()), "cmd" + ids[0]++));
            } else {
                List<CauseView> causes = new ArrayList<>();
                for (Cause cause : c.causes()) {
                    List<String> fix = ScanFix.lines(c, cause);
                    causes.add(new CauseView(cause.status().id(), HtmlRenderer.label(cause.status()), HtmlRenderer.icon(cause.status()),
                            c.unit().count(cause.count()), cause.text(), ScanFix.examples(cause),
                            fix == null || fix.isEmpty() ? null : String.join("\n", fix), "cmd" + ids[0]++));
                }
                differ.add(new Differ(c.check().code(), c.check().title(), c.unit().plural() + ": " + ScanText.counts(c.counts()), causes));
            }
        }
        return new Page(r.version(), r.symptoms(), String.format(Locale.ROOT, "%,d mailboxes, %,d delegate pairs (%,d subjects)",
                r.mailboxes(), r.pairs(), s.subjects()), String.format(Locale.ROOT, "%,d of %,d subjects have a check that fails the run",
                s.failing(), s.subjects()), flow(s.checks()), same, differ,
                r.sources().stream().map(src -> src.file() + " (" + src.readAs() + ", " + src.objects() + " objects)").toList());
    }

    /**
     * A box per step (one check each: a section's steps are unique), coloured by the worst status any object got there,
     * named by the check's code and title, and saying how many objects got that status.
     */
    static FlowDiagram.Layout flow(List<CheckSummary> checks) {
        List<FlowDiagram.Step> steps = new ArrayList<>();
        for (CheckSummary c : checks) {
            Map<Status, Integer> counts = c.counts();
            Status worst = c.unit() == Unit.ORGANIZATION ? c.worst().getStatus()
                    : Arrays.stream(Status.values()).filter(st -> counts.get(st) > 0).findFirst().orElse(Status.PASS);
            String count = c.unit() == Unit.ORGANIZATION ? "the organisation"
                    : c.unit().count(counts.get(worst)) + " " + worst.id();
            steps.add(new FlowDiagram.Step(c.check().section(), c.check().step(), worst, c.check().code(), "#" + c.check().code(),
                    c.check().code() + ": " + c.check().title() + "\n" + c.unit().plural() + ": " + ScanText.counts(counts),
                    FlowDiagram.shorten(c.check().title(), 27), count));
        }
        return FlowDiagram.layout(steps, NODE_HEIGHT);
    }
}
