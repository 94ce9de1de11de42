package ted.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.engine.Status;
import ted.facts.Case;

/**
 * One self-contained HTML page for a ticket, a colleague or a manager: the case, the summary, the troubleshooting path
 * drawn as a flow ({@link FlowDiagram}), the checks that need attention with their evidence as tables and the
 * commands with a copy button, and the passing checks folded away. Styles and the few lines of script are inline and
 * a Content-Security-Policy forbids every network request, so the page works from a mail attachment offline. Status
 * is always a word and a symbol as well as a colour. The markup lives in {@code report.html.mustache}; this class
 * only builds the values it shows (Mustache escapes each for HTML).
 */
public final class HtmlRenderer implements Renderer {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("ted/report").compile("report.html.mustache");

    /** A row of evidence. */
    record EvidenceRow(String source, String property, String value) {
    }

    /** A block of commands with the id its copy button copies from. */
    record Commands(String id, String heading, String text) {
    }

    /** One check as the page shows it. */
    record CheckView(String code, String status, String statusLabel, String icon, String title, String place,
                     String severity, String cause, List<EvidenceRow> evidence, List<Commands> commands,
                     Report.Waived waived) {
        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }
    }

    record SummaryItem(String status, String statusLabel, String icon, int count) {
    }

    record Source(String file, String readAs, int objects, String notes) {
    }

    record Page(String version, String symptoms, String user, String delegate, boolean showDelegate, String judgedAsOf,
                List<SummaryItem> summary, String summaryLine, FlowDiagram.Layout flow, List<CheckView> attention,
                List<CheckView> settled, int settledCount, List<Source> sources, List<String> problems,
                int skippedCount, String skippedExamples, List<String> notes) {
        public boolean hasNotes() {
            return !notes.isEmpty();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }

        public String sourceCount() {
            return sources.size() == 1 ? "1 file" : sources.size() + " files";
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public boolean hasSkipped() {
            return skippedCount > 0;
        }
    }

    @Override
    public void render(Report report, PrintWriter out) {
        TEMPLATE.execute(out, page(report));
        out.flush();
    }

    static Page page(Report report) {
        Diagnosis d = report.diagnosis();
        Case c = d.subject();
        List<SummaryItem> summary = new ArrayList<>();
        d.counts().forEach((s, n) -> {
            if (n > 0) {
                summary.add(new SummaryItem(s.id(), label(s), icon(s), n));
            }
        });
        int[] ids = {0};
        List<CheckView> attention = Checklist.needingAttention(d).stream().map(f -> view(report, f, ids)).toList();
        List<CheckView> settled = Checklist.settled(d).stream().map(f -> view(report, f, ids)).toList();
        List<Source> sources = report.sources().stream()
                .map(s -> new Source(s.file(), s.readAs(), s.objects(), String.join("; ", s.notes()))).toList();
        return new Page(report.version(), Checklist.symptoms(c), orNotGiven(Checklist.user(c)), orNotGiven(Checklist.delegate(c)),
                c.hasDelegate() || c.has(ted.facts.Symptom.DELEGATION), c.today(), summary, Checklist.summary(d),
                FlowDiagram.of(d.findings()), attention, settled, settled.size(), sources,
                report.problems().stream().map(Object::toString).toList(), report.skipped().size(),
                String.join(", ", report.skipped().stream().limit(5).map(s -> s.file()).toList()), report.notes());
    }

    private static CheckView view(Report report, Finding f, int[] ids) {
        List<Commands> commands = new ArrayList<>();
        if (!f.collects().isEmpty()) {
            commands.add(new Commands("cmd" + ids[0]++, "Collect with", String.join("\n", f.collects())));
        }
        if (!f.fixes().isEmpty()) {
            commands.add(new Commands("cmd" + ids[0]++, "Fix", String.join("\n", f.fixes())));
        }
        return new CheckView(f.getCode(), f.getStatus().id(), label(f.getStatus()), icon(f.getStatus()), f.check().title(),
                Checklist.place(f), f.check().severity(), f.cause(),
                f.evidence().stream().map(e -> new EvidenceRow(e.source(), e.property(), e.value())).toList(), commands,
                report.waiver(f));
    }

    static String label(Status s) {
        return s.id().toUpperCase(Locale.ROOT);
    }

    /** A symbol per status, so a printout in black and white or a reader who cannot tell red from green still knows. */
    static String icon(Status s) {
        return switch (s) {
            case FAIL -> "✗";
            case ERROR -> "‼";
            case WARN -> "!";
            case UNKNOWN -> "?";
            case INFO -> "i";
            case SKIPPED -> "–";
            case PASS -> "✓";
        };
    }

    private static String orNotGiven(String s) {
        return s == null ? "(not given)" : s;
    }
}
