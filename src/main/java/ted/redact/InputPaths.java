package ted.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the inputs were read from, taken out of every redacted text: a folder path says whose desktop the export was
 * on ({@code C:\Users\jdoe\Desktop\HC-EXCH01-corpnet\}), and its folder names often carry the server's and the
 * organisation's. A file is shown by its name alone; a folder named alone gets its stand-in.
 */
final class InputPaths {
    /** A path as texts spell it, and what replaces it: nothing for a folder before a file name, else a stand-in. */
    private record Path(String text, String replacement) {
    }

    private final List<Path> paths = new ArrayList<>();
    private final Set<String> known = new HashSet<>();

    /** A folder as it appears before a file's name, separator included: removed wherever it appears. */
    void folderBeforeFile(String folder) {
        add(folder, "");
    }

    /** A folder or file path named on its own (in a message about the path itself): replaced by {@code standIn}. */
    void alone(String path, String standIn) {
        add(path, standIn);
    }

    private void add(String text, String replacement) {
        if (text.length() < 2 || !known.add(text.toLowerCase(Locale.ROOT))) {
            return;
        }
        paths.add(new Path(text, replacement));
        // Longest first: a folder's path is also the start of every file's path in it.
        paths.sort(Comparator.comparingInt((Path p) -> p.text().length()).reversed());
    }

    /** The text with every known input path taken out; texts without a separator are returned as they are. */
    String strip(String text) {
        if (paths.isEmpty() || text.indexOf('/') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        String out = text;
        for (Path p : paths) {
            out = replace(out, p);
        }
        return out;
    }

    /** Every occurrence in any letter case (Windows paths are), not inside a longer name. */
    private static String replace(String text, Path p) {
        String name = p.text();
        boolean folder = name.endsWith("/") || name.endsWith("\\");
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i + name.length() <= text.length(); i++) {
            int end = i + name.length();
            if (text.regionMatches(true, i, name, 0, name.length()) && (i == 0 || !joins(text.charAt(i - 1)))
                    && (folder || end == text.length() || !joins(text.charAt(end)))) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, last, i).append(p.replacement());
                last = end;
                i = end - 1;
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A character that makes the match part of a longer name. */
    private static boolean joins(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
