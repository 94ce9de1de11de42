package ted.read;

/**
 * One thing wrong with one input file, already phrased for a one-line message: {@code file[:line[:column]]: text}. The text is
 * made safe to print whatever an input put in it: one line, no control characters, credentials masked, and at most
 * {@value #MAX_MESSAGE} characters, so an error never replays a file (or whatever a symlink pointed at).
 */
public record InputProblem(String file, int line, int column, String message) {
    static final int MAX_MESSAGE = 400;

    public InputProblem {
        String m = message == null ? "" : message.replaceAll("[\\r\\n]+", " ").replaceAll("[\\p{Cntrl}&&[^\\t]]", "?");
        m = ted.facts.Secrets.mask(m);
        message = m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m;
    }

    /** A problem without a column (most are about a whole line, or the whole file). */
    public InputProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** The same problem, shown under another file name and message (a zip's entry, a redacted text). */
    public InputProblem with(String shownFile, String shownMessage) {
        return new InputProblem(shownFile, line, column, shownMessage);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
