package ted.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import ted.engine.Finding;
import ted.engine.Status;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/** A scan as a ticket or wiki page: scope, what is the same for everyone, then per check its causes and their fixes. */
public final class ScanMarkdown {
    private ScanMarkdown() {
    }

    public static void render(ScanReport r, PrintWriter out) {
        var s = r.summary();
        out.println("# TED organisation scan: " + Markdown.text(r.symptoms()));
        out.println();
        out.println("| | |");
        out.println("|---|---|");
        out.println(String.format(Locale.ROOT, "| Scope | %,d mailboxes, %,d delegate pairs (%,d subjects) |", r.mailboxes(), r.pairs(), s.subjects()));
        out.println("| Tool | TED " + Markdown.text(r.version()) + " |");
        out.println();
        out.println(String.format(Locale.ROOT, "**Summary:** %,d of %,d subjects have a check that fails the run.", s.failing(), s.subjects()));
        out.println();
        List<CheckSummary> same = s.checks().stream().filter(CheckSummary::sameForEverySubject).toList();
        if (!same.isEmpty()) {
            out.println("## The same for every subject it concerns");
            out.println();
            out.println("| Status | Check | Title | Why |");
            out.println("|---|---|---|---|");
            for (CheckSummary c : same) {
                Finding f = c.example();
                out.println("| " + f.getStatus().id().toUpperCase(Locale.ROOT) + " | " + Markdown.code(c.check().code()) + " | "
                        + Markdown.text(c.check().title()) + " | " + Markdown.text(f.cause()) + " |");
            }
            out.println();
            for (CheckSummary c : same) {
                Finding f = c.example();
                if (f.getStatus() != Status.PASS && !f.fixes().isEmpty()) {
                    out.println("**Fix " + Markdown.code(c.check().code()) + ":**");
                    out.println();
                    out.print(Markdown.block("powershell", f.fixes()));
                    out.println();
                }
            }
        }
        List<CheckSummary> differ = s.checks().stream().filter(c -> !c.sameForEverySubject()).toList();
        if (!differ.isEmpty()) {
            out.println("## Differs by subject");
            out.println();
            for (CheckSummary c : differ) {
                out.println("### " + Markdown.code(c.check().code()) + " " + Markdown.text(c.check().title()));
                out.println();
                out.println(ScanText.counts(c.counts()));
                out.println();
                if (c.causes().isEmpty()) {
                    continue;
                }
                out.println("| Status | Subjects | Cause | For example |");
                out.println("|---|---:|---|---|");
                for (Cause cause : c.causes()) {
                    out.println("| " + cause.status().id().toUpperCase(Locale.ROOT) + " | " + String.format(Locale.ROOT, "%,d", cause.count())
                            + " | " + Markdown.text(cause.text()) + " | " + Markdown.text(String.join(", ", cause.examples())) + " |");
                }
                out.println();
                for (Cause cause : c.causes()) {
                    if (cause.fix() != null && !cause.fix().isEmpty()) {
                        out.println(String.format(Locale.ROOT, "Fix for the %,d with \"%s\" (over the scan's CSV):", cause.count(),
                                Markdown.text(cause.text())));
                        out.println();
                        out.print(Markdown.block("powershell", List.of(ScanText.pipeline(c, cause))));
                        out.println();
                    }
                }
            }
        }
        out.println("## Inputs");
        out.println();
        r.sources().forEach(src -> out.println("- " + Markdown.text(src.file()) + " (" + Markdown.text(src.readAs()) + ", " + src.objects() + " objects)"));
        r.problems().forEach(p -> out.println("- could not be read: " + Markdown.text(p.toString())));
        out.flush();
    }
}
