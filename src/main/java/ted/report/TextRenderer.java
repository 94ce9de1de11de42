package ted.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ted.engine.Diagnosis;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.engine.Section;
import ted.engine.Status;
import ted.facts.Symptom;

/**
 * The checklist for a person at a terminal: the guide's order (prerequisites, common steps, the symptom's steps,
 * escalation), 80 columns, evidence under every check, fix commands ready to paste. Long commands are broken
 * with PowerShell's backtick continuation so they still paste as one command.
 */
public final class TextRenderer implements Renderer {
    static final int WIDTH = 80;
    private static final String INDENT = "            ";
    private final Ansi ansi;

    private final java.util.Set<Status> only;
    private final boolean quiet;

    public TextRenderer(Ansi ansi) {
        this(ansi, java.util.EnumSet.allOf(Status.class), false);
    }

    /**
     * @param only  the statuses whose checks are listed (the summary still counts all)
     * @param quiet print the summary line alone
     */
    public TextRenderer(Ansi ansi, java.util.Set<Status> only, boolean quiet) {
        this.ansi = ansi;
        this.only = only;
        this.quiet = quiet;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        Diagnosis d = report.diagnosis();
        if (quiet) {
            summaryLines(report).forEach(out::println);
            return;
        }
        out.println(ansi.bold("TED " + report.version() + " - Teams-Exchange Doctor"));
        out.println("Symptom:  " + d.subject().symptoms().stream().map(Symptom::id).collect(Collectors.joining(", ")));
        out.println("User:     " + (d.subject().user() == null ? "(not given)" : d.subject().user().getUpn()));
        if (d.subject().has(Symptom.DELEGATION)) {
            out.println("Delegate: " + (d.subject().delegate() == null ? "(not given: pass --delegate)" : d.subject().delegate().getUpn()));
        }
        Section current = null;
        int hidden = 0;
        for (Finding f : d.findings()) {
            if (!only.contains(f.getStatus())) {
                hidden++;
                continue;
            }
            if (f.check().section() != current) {
                current = f.check().section();
                out.println();
                out.println(ansi.bold(current.heading()));
            }
            renderFinding(f, report.waiver(f), out);
        }
        if (hidden > 0) {
            out.println();
            out.println("(" + hidden + " checks with other statuses not shown; --only picks which are)");
        }
        out.println();
        for (String note : report.notes()) {
            if (!note.equals(Report.NOTHING_DECIDED)) {
                wrap(note, "Note: ", "      ").forEach(out::println);
            }
        }
        summaryLines(report).forEach(out::println);
    }

    /**
     * The summary: the count per status, after a first line saying so when no check passed, warned or failed, so
     * that a run of unknowns never reads like a clean bill of health (and exits 3).
     */
    static List<String> summaryLines(Report report) {
        return report.diagnosis().decidedAnything() ? List.of(summary(report))
                : List.of("Nothing decided: no check passed, warned or failed (exit code 3).", summary(report));
    }

    private void renderFinding(Finding f, Report.Waived waived, PrintWriter out) {
        out.println("  " + badge(f.getStatus()) + " " + ansi.bold(f.getCode()) + (waived == null ? "" : " (waived)"));
        wrap(f.check().title(), INDENT, INDENT).forEach(out::println);
        if (waived != null) {
            wrap("Waived until " + waived.expires() + ": " + waived.reason(), INDENT, INDENT + "  ").forEach(out::println);
        }
        if (f.cause() != null) {
            wrap(f.cause(), INDENT + "Why: ", INDENT + "     ").forEach(out::println);
        }
        for (Evidence e : f.evidence()) {
            wrap(e.toString(), INDENT + ansi.dim("- "), INDENT + "  ").forEach(l -> out.println(ansi.dim(l)));
        }
        if (!f.collects().isEmpty()) {
            out.println(INDENT + "Collect with:");
            f.collects().forEach(c -> command(c).forEach(l -> out.println(ansi.cyan(l))));
        }
        if (!f.fixes().isEmpty()) {
            out.println(INDENT + "Fix:");
            f.fixes().forEach(c -> command(c).forEach(l -> out.println(ansi.cyan(l))));
        }
    }

    private String badge(Status s) {
        return badge(ansi, s);
    }

    /** A status as the text formats print it, padded to one width and coloured on a terminal. */
    static String badge(Ansi ansi, Status s) {
        String text = String.format("%-9s", "[" + s.id().toUpperCase(java.util.Locale.ROOT) + "]");
        return switch (s) {
            case FAIL, ERROR -> ansi.red(text);
            case WARN -> ansi.yellow(text);
            case UNKNOWN -> ansi.yellow(text);
            case PASS -> ansi.green(text);
            default -> ansi.dim(text);
        };
    }

    static String summary(Report report) {
        Map<Status, Integer> counts = report.diagnosis().counts();
        return "Summary: " + List.of(Status.values()).stream().map(s -> counts.get(s) + " " + s.id())
                .collect(Collectors.joining(", ")) + (report.waivers().isEmpty() ? "" : " (" + report.waivers().size() + " waived)");
    }

    /** Prose wrapped at word boundaries to the terminal width. */
    public static List<String> wrap(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int visibleStart = visible(first);
        int width = visibleStart;
        for (String word : text.split(" ")) {
            if (width > visibleStart && width + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                width = rest.length();
                visibleStart = width;
            }
            if (width > visibleStart) {
                line.append(' ');
                width++;
            }
            line.append(word);
            width += word.length();
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * A command indented under its check. An over-long one continues on the next line with PowerShell's backtick;
     * an over-long comma list (Format-List's property list) breaks after a comma, where PowerShell continues anyway.
     */
    static List<String> command(String command) {
        String first = INDENT + "  ";
        String rest = INDENT + "    ";
        if (command.startsWith("#")) {
            return wrap(command, first, rest.substring(2) + "# ");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean startOfLine = true;
        for (String word : words(command)) {
            if (!startOfLine && line.length() + 1 + word.length() + 2 > WIDTH) {
                lines.add(line + " `");
                line = new StringBuilder(rest);
                startOfLine = true;
            }
            if (!startOfLine) {
                line.append(' ');
            }
            for (String piece : commaPieces(word, WIDTH - rest.length())) {
                if (line.length() + piece.length() > WIDTH && line.length() > rest.length() && line.charAt(line.length() - 1) == ',') {
                    lines.add(line.toString());
                    line = new StringBuilder(rest);
                }
                line.append(piece);
            }
            startOfLine = false;
        }
        lines.add(line.toString());
        return lines;
    }

    /** A word cut after each comma when it is too long for a line, else the word whole. */
    private static List<String> commaPieces(String word, int room) {
        if (word.length() <= room || word.indexOf(',') < 0 || word.contains("\"") || word.contains("'")) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == ',') {
                pieces.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** Splits at spaces outside quotes, so a quoted identity such as 'contoso.com/Users/Jane Doe' stays whole. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote == 0 && c == ' ') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static int visible(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
    }
}
