package ted.read;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error where the admin must fix it, in words, with the parser's own explanation kept: facts files, rule
 * tests and waiver files share it. SnakeYAML reports where it gave up, which for the commonest mistakes is not where
 * the mistake is: an unclosed quote is noticed at the end of the file or at the next quote many lines down, a line
 * without its colon at the line after it. So the error is placed where the quote opened, or on the line the parser
 * was reading, and told in the admin's terms; anything else is placed where the parser stopped.
 */
public final class YamlErrors {
    /** Where to fix it (1-based line and column) and what is wrong, ready to follow {@code file:line:column: }. */
    public record Located(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    private YamlErrors() {
    }

    /** The YAML syntax error in {@code e}'s causes, placed in {@code text}; null when it holds none. */
    public static Located locate(Throwable e, String text) {
        MarkedYAMLException y = find(e);
        if (y == null || y.getProblemMark() == null) {
            return null;
        }
        String context = y.getContext() == null ? "" : y.getContext().strip();
        String problem = String.valueOf(y.getProblem()).strip();
        Mark at = y.getProblemMark();
        Mark from = y.getContextMark();
        String parser = " (YAML parser: " + (context.isEmpty() ? "" : context + ", ") + problem + ", at line " + (at.getLine() + 1)
                + ", column " + (at.getColumn() + 1) + ")";
        if (context.startsWith("while scanning a quoted scalar") && from != null) {
            return new Located(from.getLine() + 1, from.getColumn() + 1, "this quote is never closed" + parser);
        }
        if (problem.contains("(TAB)")) {
            boolean indenting = line(text, at.getLine()).substring(0, Math.min(at.getColumn(), line(text, at.getLine()).length())).isBlank();
            return new Located(at.getLine() + 1, at.getColumn() + 1,
                    (indenting ? "a tab cannot indent YAML; use spaces" : "a tab cannot stand here in YAML; use spaces") + parser);
        }
        int[] quote = unclosedQuoteBefore(text, at.getLine());
        if (quote != null) {
            return new Located(quote[0] + 1, quote[1] + 1, "this quote is never closed" + parser);
        }
        if (problem.startsWith("could not find expected ':'") && from != null) {
            return new Located(from.getLine() + 1, from.getColumn() + 1,
                    "this line is not 'Name: value' nor a list item ('- ...'): a ':' after the name is missing" + parser);
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return new Located(at.getLine() + 1, at.getColumn() + 1, "a ':' where YAML cannot start a value: indent this line as "
                    + "the lines beside it, or quote a value that holds ': '" + parser);
        }
        if (problem.contains("<stream end>") && from != null && context.startsWith("while parsing a flow")) {
            char bracket = context.contains("sequence") ? '[' : '{';
            return new Located(from.getLine() + 1, from.getColumn() + 1, "this " + bracket + " is never closed" + parser);
        }
        if (problem.startsWith("expected <block end>")) {
            return new Located(at.getLine() + 1, at.getColumn() + 1, "this does not line up with the lines above it: "
                    + "indent it as its neighbours" + parser);
        }
        return new Located(at.getLine() + 1, at.getColumn() + 1, "not valid YAML" + parser);
    }

    private static MarkedYAMLException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException y) {
                return y;
            }
        }
        return null;
    }

    private static String line(String text, int index) {
        return text.lines().skip(index).findFirst().orElse("");
    }

    /**
     * The nearest line above {@code problemLine} (0-based) where a quoted value opens and does not close on that line,
     * as {line, column}, when that quote's closing one (by YAML's rules, across lines) is on the problem line or never
     * comes: then the parser took everything in between for one value, and the opening line is the one to fix. Null
     * otherwise. A value quoted over several lines on purpose is rare in these files, and is only blamed when the
     * parser failed right where it ended.
     */
    static int[] unclosedQuoteBefore(String text, int problemLine) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = Math.min(problemLine, lines.length) - 1; i >= 0; i--) {
            int open = unclosedQuote(lines[i]);
            if (open < 0) {
                continue;
            }
            int closedOn = closingLine(lines, i, open);
            return closedOn < 0 || closedOn >= problemLine ? new int[] {i, open} : null;
        }
        return null;
    }

    /** The column where a quoted value opens on this line without closing on it, or -1. */
    static int unclosedQuote(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return -1;
            }
            if ((c == '\'' || c == '"') && startsValue(line, i)) {
                int end = close(line, i + 1, c);
                if (end < 0) {
                    return i;
                }
                i = end + 1;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** A quote opens a value only where a value starts: after the indentation, "- ", ": ", or in flow after [ { ,. */
    private static boolean startsValue(String line, int at) {
        int j = at - 1;
        while (j >= 0 && line.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char before = line.charAt(j);
        return (before == ':' || before == '-') && j < at - 1 || before == '[' || before == '{' || before == ',';
    }

    /** Where the quote {@code q} opened before {@code from} closes on this line, or -1. */
    private static int close(String line, int from, char q) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q == '"' && c == '\\') {
                i++;
            } else if (c == q) {
                if (q == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The line on which the quote opened at {@code lines[start]}, column {@code col}, closes; -1 when it never does. */
    private static int closingLine(String[] lines, int start, int col) {
        char q = lines[start].charAt(col);
        for (int i = start, from = col + 1; i < lines.length; i++, from = 0) {
            if (close(lines[i], from, q) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
