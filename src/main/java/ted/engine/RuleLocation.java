package ted.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a rule is written: its file (relative to its rule folder) and the line of its {@code rule "..."}. */
public record RuleLocation(String file, int line) {
    static final RuleLocation NOWHERE = new RuleLocation("", 0);
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Every rule name in the files with where it starts; the first one wins when a name repeats. */
    static Map<String, RuleLocation> index(List<RuleFile> files) {
        Map<String, RuleLocation> at = new LinkedHashMap<>();
        for (RuleFile f : files) {
            Matcher m = RULE.matcher(f.text());
            while (m.find()) {
                int line = 1 + (int) f.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                at.putIfAbsent(m.group(1), new RuleLocation(f.path(), line));
            }
        }
        return at;
    }

    /** All rule names in one file's text, with their lines, in order. */
    public static Map<String, Integer> rulesIn(String text) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            names.putIfAbsent(m.group(1), 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count());
        }
        return names;
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
