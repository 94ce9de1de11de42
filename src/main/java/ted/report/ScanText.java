package ted.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.engine.Status;
import ted.scan.ScanSummary;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/**
 * A scan for the admin who must act on it: what is the same for every subject (said once, with its evidence and fix),
 * then per check that differs, how many subjects got which status, grouped by cause, with a few examples and one
 * command per cause that fixes every subject of it, run over the scan's CSV.
 */
public final class ScanText {
    private static final String INDENT = "            ";
    private final Ansi ansi;

    public ScanText(Ansi ansi) {
        this.ansi = ansi;
    }

    public void render(ScanReport r, PrintWriter out) {
        ScanSummary s = r.summary();
        out.println(ansi.bold("TED " + r.version() + " - Teams-Exchange Doctor: organisation scan"));
        out.println("Symptoms: " + r.symptoms());
        out.println(String.format(Locale.ROOT, "Scope:    %,d mailboxes, %,d delegate pairs (%,d subjects)", r.mailboxes(), r.pairs(), s.subjects()));
        List<CheckSummary> same = s.checks().stream().filter(CheckSummary::sameForEverySubject).toList();
        List<CheckSummary> differ = s.checks().stream().filter(c -> !c.sameForEverySubject()).toList();
        if (!same.isEmpty()) {
            out.println();
            out.println(ansi.bold("The same for every subject it concerns"));
            for (CheckSummary c : same) {
                Finding f = c.example();
                out.println("  " + badge(f.getStatus()) + " " + ansi.bold(c.check().code()));
                TextRenderer.wrap(c.check().title(), INDENT, INDENT).forEach(out::println);
                if (f.getStatus() != Status.PASS) {
                    if (f.cause() != null) {
                        TextRenderer.wrap(f.cause(), INDENT + "Why: ", INDENT + "     ").forEach(out::println);
                    }
                    for (Evidence e : f.evidence()) {
                        TextRenderer.wrap(e.toString(), INDENT + "- ", INDENT + "  ").forEach(l -> out.println(ansi.dim(l)));
                    }
                    commands("Collect with:", f.collects(), out);
                    commands("Fix:", f.fixes(), out);
                }
            }
        }
        if (!differ.isEmpty()) {
            out.println();
            out.println(ansi.bold("Differs by subject"));
            for (CheckSummary c : differ) {
                out.println("  " + ansi.bold(c.check().code()) + "  " + counts(c.counts())
                        + (c.waived() > 0 ? String.format(Locale.ROOT, " (%,d waived)", c.waived()) : ""));
                TextRenderer.wrap(c.check().title(), INDENT, INDENT).forEach(out::println);
                for (Cause cause : c.causes()) {
                    out.println(INDENT + badge(cause.status()).strip() + " " + String.format(Locale.ROOT, "%,d", cause.count())
                            + (cause.count() == 1 ? " subject" : " subjects") + (cause.text() == null ? " (no reason given)" : ":"));
                    if (cause.text() != null) {
                        TextRenderer.wrap(cause.text(), INDENT + "  ", INDENT + "  ").forEach(out::println);
                    }
                    out.println(ansi.dim(INDENT + "  e.g. " + String.join(", ", cause.examples())
                            + (cause.count() > cause.examples().size() ? ", ..." : "")));
                    if (cause.fix() != null && !cause.fix().isEmpty()) {
                        out.println(INDENT + "  Fix all " + String.format(Locale.ROOT, "%,d", cause.count()) + " (ted scan ... --format csv > scan.csv first):");
                        TextRenderer.command(pipeline(c, cause)).forEach(l -> out.println(ansi.cyan(l)));
                    } else if (cause.fix() == null) {
                        out.println(INDENT + "  Fix: differs by subject; --format csv lists each subject's cause");
                    }
                }
            }
        }
        out.println();
        if (!s.decidedAnything()) {
            out.println("Nothing decided: no subject had a check pass, warn or fail (exit code 3).");
        }
        out.println(String.format(Locale.ROOT, "Summary: %,d of %,d subjects have a check that fails the run (--fail-on)", s.failing(), s.subjects()));
    }

    /** The one command that fixes every subject of a cause: a ForEach-Object over the scan's CSV, filtered to it. */
    static String pipeline(CheckSummary c, Cause cause) {
        return "Import-Csv .\\scan.csv | Where-Object { $_.code -eq '" + c.check().code() + "' -and $_.status -eq '"
                + cause.status().id() + "' -and $_.cause -eq '" + (cause.text() == null ? "" : cause.text().replace("'", "''"))
                + "' } | ForEach-Object { " + String.join("; ", cause.fix()) + " }";
    }

    private void commands(String heading, List<String> commands, PrintWriter out) {
        if (!commands.isEmpty()) {
            out.println(INDENT + heading);
            commands.forEach(c -> TextRenderer.command(c).forEach(l -> out.println(ansi.cyan(l))));
        }
    }

    static String counts(Map<Status, Integer> counts) {
        return java.util.Arrays.stream(Status.values()).filter(st -> counts.get(st) > 0)
                .map(st -> st.id() + " " + String.format(Locale.ROOT, "%,d", counts.get(st))).collect(Collectors.joining(", "));
    }

    private String badge(Status s) {
        return TextRenderer.badge(ansi, s);
    }
}
