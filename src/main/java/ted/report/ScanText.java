package ted.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.engine.Status;
import ted.engine.Unit;
import ted.scan.ScanSummary;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/**
 * A scan for the admin who must act on it: the organisation's own checks once, with their evidence and fix; then the
 * checks about mailboxes and delegate pairs, those failing the most objects first, each with how many objects got
 * which status, grouped by cause, the first few objects and how many more, and one command per cause that fixes every
 * object of it, run over the scan's CSV. {@code quiet} prints the summary line alone, as {@code diagnose -q} does.
 */
public final class ScanText {
    private static final String INDENT = "            ";
    private final Ansi ansi;
    private final boolean quiet;

    public ScanText(Ansi ansi) {
        this(ansi, false);
    }

    public ScanText(Ansi ansi, boolean quiet) {
        this.ansi = ansi;
        this.quiet = quiet;
    }

    public void render(ScanReport r, PrintWriter out) {
        ScanSummary s = r.summary();
        if (quiet) {
            summaryLines(s).forEach(out::println);
            return;
        }
        out.println(ansi.bold("TED " + r.version() + " - Teams-Exchange Doctor: organisation scan"));
        out.println("Symptoms: " + r.symptoms());
        out.println(String.format(Locale.ROOT, "Scope:    %,d mailboxes, %,d delegate pairs (%,d subjects)", r.mailboxes(), r.pairs(), s.subjects()));
        List<CheckSummary> org = s.checks().stream().filter(c -> c.unit() == Unit.ORGANIZATION).toList();
        List<CheckSummary> objects = s.checks().stream().filter(c -> c.unit() != Unit.ORGANIZATION).toList();
        if (!org.isEmpty()) {
            out.println();
            out.println(ansi.bold("The organisation (each check once)"));
            for (CheckSummary c : org) {
                Finding f = c.worst();
                out.println("  " + badge(f.getStatus()) + " " + ansi.bold(c.check().code()) + (c.waived() > 0 ? " (waived)" : ""));
                verdict(c, f, out);
            }
        }
        if (!objects.isEmpty()) {
            out.println();
            out.println(ansi.bold("Mailboxes and delegate pairs, most failing first"));
            for (CheckSummary c : objects) {
                out.println("  " + ansi.bold(c.check().code()) + "  " + c.unit().plural() + ": " + counts(c.counts())
                        + (c.waived() > 0 ? String.format(Locale.ROOT, " (%,d waived)", c.waived()) : ""));
                if (c.sameForEveryObject()) {
                    // One verdict, on the same evidence, for every one of them: said once, like the organisation's.
                    verdict(c, c.example(), out);
                    continue;
                }
                TextRenderer.wrap(c.check().title(), INDENT, INDENT).forEach(out::println);
                for (Cause cause : c.causes()) {
                    out.println(INDENT + badge(cause.status()).strip() + " " + c.unit().count(cause.count())
                            + (cause.text() == null ? " (no reason given)" : ":"));
                    if (cause.text() != null) {
                        TextRenderer.wrap(cause.text(), INDENT + "  ", INDENT + "  ").forEach(out::println);
                    }
                    TextRenderer.wrap(ScanFix.examples(cause), INDENT + "  ", INDENT + "  ").forEach(l -> out.println(ansi.dim(l)));
                    List<String> fix = ScanFix.lines(c, cause);
                    if (fix == null) {
                        out.println(INDENT + "  Fix: differs by " + c.unit().singular() + "; --format csv lists each one's cause");
                    } else if (!fix.isEmpty()) {
                        out.println(INDENT + "  Fix all " + String.format(Locale.ROOT, "%,d", cause.count())
                                + (fix.stream().anyMatch(l -> !l.startsWith("#")) ? " (ted scan ... --format csv > scan.csv first):" : ":"));
                        fix.forEach(l -> TextRenderer.command(l).forEach(x -> out.println(ansi.cyan(x))));
                    }
                }
            }
        }
        out.println();
        summaryLines(s).forEach(out::println);
    }

    /** One verdict said in full: title, and unless it passed, why, the evidence and the commands. */
    private void verdict(CheckSummary c, Finding f, PrintWriter out) {
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

    /** The summary, under a first line saying so when no subject had anything decided (exit code 3). */
    static List<String> summaryLines(ScanSummary s) {
        return s.decidedAnything() ? List.of(summary(s))
                : List.of("Nothing decided: no subject had a check pass, warn or fail (exit code 3).", summary(s));
    }

    static String summary(ScanSummary s) {
        return String.format(Locale.ROOT, "Summary: %,d of %,d subjects have a check that fails the run (--fail-on)", s.failing(), s.subjects());
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
