package ted.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import ted.engine.Diagnosis;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.facts.Case;
import ted.read.SourceSummary;

/**
 * A ticket comment in GitHub-flavoured Markdown (renders in GitHub, Azure DevOps and Jira's Markdown fields): the
 * case, the summary, the checks that need attention with their evidence as a table and the commands in fenced
 * PowerShell blocks, then everything that passed folded in a {@code <details>}, then what was read.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void render(Report report, PrintWriter out) {
        Diagnosis d = report.diagnosis();
        Case c = d.subject();
        out.println("# TED diagnosis: " + Markdown.text(Checklist.symptoms(c))
                + (Checklist.user(c) == null ? "" : " for " + Markdown.text(Checklist.user(c))));
        out.println();
        out.println("| | |");
        out.println("|---|---|");
        out.println("| Symptom | " + Markdown.text(Checklist.symptoms(c)) + " |");
        out.println("| User | " + cell(Checklist.user(c)) + " |");
        if (c.hasDelegate() || c.has(ted.facts.Symptom.DELEGATION)) {
            out.println("| Delegate | " + cell(Checklist.delegate(c)) + " |");
        }
        if (c.today() != null) {
            out.println("| Judged as of | " + Markdown.text(c.today()) + " |");
        }
        out.println("| Tool | TED " + Markdown.text(report.version()) + " |");
        out.println();
        out.println("**Summary:** " + Checklist.summary(d) + (report.waivers().isEmpty() ? "" : " (" + report.waivers().size() + " waived)"));
        out.println();
        report.notes().forEach(n -> out.println("> **Note:** " + Markdown.text(n) + "\n"));

        List<Finding> attention = Checklist.needingAttention(d);
        out.println("## Needs attention");
        out.println();
        if (attention.isEmpty()) {
            out.println("Nothing: every check in scope passed, only informs, or does not apply.");
            out.println();
        }
        attention.forEach(f -> finding(report, f, out));

        List<Finding> settled = Checklist.settled(d);
        if (!settled.isEmpty()) {
            out.println("## Passed, informational and not applicable");
            out.println();
            out.println("<details>");
            out.println("<summary>" + settled.size() + " checks</summary>");
            out.println();
            out.println("| Status | Check | Title | Why |");
            out.println("|---|---|---|---|");
            for (Finding f : settled) {
                out.println("| " + f.getStatus().id().toUpperCase(Locale.ROOT) + " | " + Markdown.code(f.getCode()) + " | "
                        + Markdown.text(f.check().title()) + waived(report, f) + " | " + Markdown.text(f.cause()) + " |");
            }
            out.println();
            out.println("</details>");
            out.println();
        }
        inputs(report, out);
    }

    private static void finding(Report report, Finding f, PrintWriter out) {
        out.println("### " + f.getStatus().id().toUpperCase(Locale.ROOT) + ": " + Markdown.code(f.getCode()) + " "
                + Markdown.text(f.check().title()));
        out.println();
        out.println("*" + Markdown.text(Checklist.place(f)) + " · severity " + Markdown.text(f.check().severity()) + "*");
        out.println();
        Report.Waived w = report.waiver(f);
        if (w != null) {
            out.println("> **Waived** until " + Markdown.text(w.expires()) + ": " + Markdown.text(w.reason()));
            out.println();
        }
        if (f.cause() != null) {
            out.println("**Why:** " + Markdown.text(f.cause()));
            out.println();
        }
        if (!f.evidence().isEmpty()) {
            out.println("| Source | Property | Value |");
            out.println("|---|---|---|");
            for (Evidence e : f.evidence()) {
                out.println("| " + Markdown.text(e.source()) + " | " + Markdown.text(e.property()) + " | " + Markdown.text(e.value()) + " |");
            }
            out.println();
        }
        commands("Collect with:", f.collects(), out);
        commands("Fix:", f.fixes(), out);
    }

    private static void commands(String heading, List<String> commands, PrintWriter out) {
        if (commands.isEmpty()) {
            return;
        }
        out.println("**" + heading + "**");
        out.println();
        out.print(Markdown.block("powershell", commands));
        out.println();
    }

    private static void inputs(Report report, PrintWriter out) {
        out.println("## Inputs");
        out.println();
        if (report.sources().isEmpty()) {
            out.println("No file was read.");
        } else {
            out.println("| File | Read as | Objects | Notes |");
            out.println("|---|---|---:|---|");
            for (SourceSummary s : report.sources()) {
                out.println("| " + Markdown.text(s.file()) + " | " + Markdown.text(s.readAs()) + " | " + s.objects() + " | "
                        + Markdown.text(String.join("; ", s.notes())) + " |");
            }
        }
        out.println();
        if (!report.problems().isEmpty()) {
            out.println("Could not be read:");
            out.println();
            report.problems().forEach(p -> out.println("- " + Markdown.text(p.toString())));
            out.println();
        }
        if (!report.skipped().isEmpty()) {
            out.println("Held nothing TED reads: " + report.skipped().size() + " files ("
                    + Markdown.text(report.skipped().stream().limit(5).map(s -> s.file()).toList().toString()) + ").");
            out.println();
        }
    }

    private static String cell(String value) {
        return value == null ? "(not given)" : Markdown.code(value);
    }

    private static String waived(Report report, Finding f) {
        Report.Waived w = report.waiver(f);
        return w == null ? "" : " (waived until " + Markdown.text(w.expires()) + ")";
    }
}
