package ted.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import ted.engine.Finding;
import ted.engine.Status;
import ted.engine.Unit;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/**
 * A scan as a ticket or wiki page: scope, the organisation's checks once, then the checks about mailboxes and
 * delegate pairs, most failing first, each with its causes, the objects they hurt and their fixes.
 */
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
        List<CheckSummary> org = s.checks().stream().filter(c -> c.unit() == Unit.ORGANIZATION).toList();
        if (!org.isEmpty()) {
            out.println("## The organisation");
            out.println();
            out.println("| Status | Check | Title | Why |");
            out.println("|---|---|---|---|");
            for (CheckSummary c : org) {
                Finding f = c.worst();
                out.println("| " + f.getStatus().id().toUpperCase(Locale.ROOT) + " | " + Markdown.code(c.check().code()) + " | "
                        + Markdown.text(c.check().title()) + " | " + Markdown.text(f.cause()) + " |");
            }
            out.println();
            for (CheckSummary c : org) {
                fix(c, c.worst(), out);
            }
        }
        List<CheckSummary> objects = s.checks().stream().filter(c -> c.unit() != Unit.ORGANIZATION).toList();
        if (!objects.isEmpty()) {
            out.println("## Mailboxes and delegate pairs, most failing first");
            out.println();
            for (CheckSummary c : objects) {
                out.println("### " + Markdown.code(c.check().code()) + " " + Markdown.text(c.check().title()));
                out.println();
                out.println(c.unit().plural().substring(0, 1).toUpperCase(Locale.ROOT) + c.unit().plural().substring(1) + ": "
                        + ScanText.counts(c.counts()) + (c.waived() > 0 ? String.format(Locale.ROOT, " (%,d waived)", c.waived()) : ""));
                out.println();
                if (c.causes().isEmpty()) {
                    continue;
                }
                out.println("| Status | " + Markdown.text(c.unit().plural()) + " | Cause | Which |");
                out.println("|---|---:|---|---|");
                for (Cause cause : c.causes()) {
                    out.println("| " + cause.status().id().toUpperCase(Locale.ROOT) + " | " + String.format(Locale.ROOT, "%,d", cause.count())
                            + " | " + Markdown.text(cause.text()) + " | " + Markdown.text(ScanFix.examples(cause)) + " |");
                }
                out.println();
                for (Cause cause : c.causes()) {
                    List<String> fix = ScanFix.lines(c, cause);
                    if (fix != null && !fix.isEmpty()) {
                        out.println(String.format(Locale.ROOT, "Fix for the %,d with \"%s\" (over the scan's CSV):", cause.count(),
                                Markdown.text(cause.text())));
                        out.println();
                        out.print(Markdown.block("powershell", fix));
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

    private static void fix(CheckSummary c, Finding f, PrintWriter out) {
        if (f.getStatus() != Status.PASS && !f.fixes().isEmpty()) {
            out.println("**Fix " + Markdown.code(c.check().code()) + ":**");
            out.println();
            out.print(Markdown.block("powershell", f.fixes()));
            out.println();
        }
    }
}
