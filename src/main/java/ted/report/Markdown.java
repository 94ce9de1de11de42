package ted.report;

/**
 * The bits of GitHub-flavoured Markdown that TED writes, escaped so that whatever a value holds (a display name with
 * a pipe, a DN with angle brackets, a command with backticks) renders as itself in GitHub, Azure DevOps and Jira.
 */
public final class Markdown {
    private Markdown() {
    }

    /** Text inside a paragraph or a table cell: Markdown's punctuation escaped, one line. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> { }
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Inline code: fenced with more backticks than the value holds in a row, as CommonMark allows. */
    public static String code(String s) {
        String fence = "`".repeat(longestRun(s, '`') + 1);
        String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
        return fence + pad + s.replace('\n', ' ') + pad + fence;
    }

    /** A fenced code block in the given language; the fence is longer than any run of backticks inside. */
    public static String block(String language, Iterable<String> lines) {
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, longestRun(l, '`'));
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        StringBuilder out = new StringBuilder(fence).append(language).append('\n');
        lines.forEach(l -> out.append(l).append('\n'));
        return out.append(fence).append('\n').toString();
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
