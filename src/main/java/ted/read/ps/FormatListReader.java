package ted.read.ps;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Format-List} text as pasted from a console or ticket: objects separated by blank lines, one
 * {@code Name : value} per line, long values continued on indented lines. A blank value is null, {@code {}} an empty
 * list, {@code {a, b}} a list, and a list ending in {@code ...} was cut by $FormatEnumerationLimit ({@link Truncated}).
 * Every value is kept as text; the cmdlet mappings decide what it means.
 */
public final class FormatListReader {
    private static final Pattern PROPERTY = Pattern.compile("^([A-Za-z][A-Za-z0-9_.-]*)\\s*: ?(.*)$");

    private FormatListReader() {
    }

    /** Calls {@code each} per object; returns how many lines could not be read as a property (over-long ones too). */
    public static int read(Reader text, Consumer<Object> each) throws IOException {
        BoundedLines lines = new BoundedLines(text);
        PsObject current = null;
        String name = null;
        StringBuilder value = null;
        int unreadable = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line == BoundedLines.TOO_LONG) {
                unreadable++;
                continue;
            }
            if (line.isBlank()) {
                if (current != null) {
                    finish(current, name, value);
                    each.accept(current);
                }
                current = null;
                name = null;
                continue;
            }
            Matcher m = PROPERTY.matcher(line);
            if (m.matches() && !Character.isWhitespace(line.charAt(0))) {
                if (current == null) {
                    current = new PsObject();
                } else {
                    finish(current, name, value);
                }
                name = m.group(1);
                value = new StringBuilder(m.group(2).strip());
            } else if (value != null && Character.isWhitespace(line.charAt(0))) {
                String more = line.strip();
                boolean inList = value.length() > 0 && value.charAt(0) == '{';
                value.append(inList ? (value.toString().endsWith(",") ? " " : "") : "\n").append(more);
            } else {
                unreadable++;
            }
        }
        if (current != null) {
            finish(current, name, value);
            each.accept(current);
        }
        return unreadable;
    }

    /**
     * readLine with a limit: a line longer than {@link ted.read.Limits#MAX_LINE_CHARS} is read past, never held whole
     * (Format-List never writes one; a file that has one is not Format-List output).
     */
    static final class BoundedLines {
        static final String TOO_LONG = new String("(too long)");
        private final Reader in;
        // Read in blocks: a read() per character takes a lock per character, which an org-wide export feels.
        private final char[] buffer = new char[1 << 16];
        private int pos;
        private int end;

        BoundedLines(Reader in) {
            this.in = in;
        }

        String readLine() throws IOException {
            StringBuilder line = null;
            boolean tooLong = false;
            while (true) {
                if (pos == end && !fill()) {
                    if (line == null && !tooLong) {
                        return null;
                    }
                    break;
                }
                int start = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                boolean complete = pos < end;
                if (!tooLong) {
                    line = line == null ? new StringBuilder(Math.max(16, pos - start)) : line;
                    if (line.length() + (pos - start) > ted.read.Limits.MAX_LINE_CHARS) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buffer, start, pos - start);
                    }
                }
                if (complete) {
                    pos++;
                    break;
                }
            }
            if (tooLong) {
                return TOO_LONG;
            }
            int last = line.length();
            if (last > 0 && line.charAt(last - 1) == '\r') {
                line.setLength(last - 1);
            }
            return line.toString();
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            pos = 0;
            end = Math.max(0, n);
            return n > 0;
        }
    }

    private static void finish(PsObject obj, String name, StringBuilder value) {
        if (name != null) {
            obj.put(name, parse(value.toString().strip()));
        }
    }

    static Object parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("{") && text.endsWith("}")) {
            // PowerShell joins list items with ", ": split on exactly that, so a space an entry really holds (before
            // the comma, or after a '*') is kept. Only the space before the closing brace is the console's.
            String inner = text.substring(1, text.length() - 1).stripTrailing();
            boolean cut = inner.endsWith("...");
            if (cut) {
                inner = inner.substring(0, inner.length() - 3);
            }
            List<Object> items = new ArrayList<>();
            if (!inner.isBlank()) {
                for (String item : inner.split(", ?")) {
                    if (!item.isBlank()) {
                        items.add(item);
                    }
                }
            }
            return cut ? new Truncated(items, "Format-List's enumeration limit", Truncated.FORMAT_LIST_REMEDY) : items;
        }
        if (text.endsWith("...")) {
            return new Truncated(text.substring(0, text.length() - 3), "Format-List's column width", Truncated.FORMAT_LIST_REMEDY);
        }
        return text;
    }
}
