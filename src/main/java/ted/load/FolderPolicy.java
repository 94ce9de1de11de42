package ted.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ted.engine.RuleDefinitionException;
import ted.engine.RuleFile;
import ted.engine.RuleLocation;

/**
 * What a {@code --rules} folder may do: add rules and checks of its own, never replace or extend what is already
 * loaded. Drools would silently let a rule of the same name replace another, and a verdict added to an existing check
 * could give that check two verdicts at once; both are refused with the place that clashes.
 */
final class FolderPolicy {
    private static final Pattern DEFINES = Pattern.compile("@defines\\(\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("@code\\(\\s*\"([^\"]+)\"");

    private FolderPolicy() {
    }

    static void check(List<RuleFile> loaded, List<RuleFile> added) {
        Map<String, String> ruleNames = new HashMap<>();
        Map<String, String> loadedCodes = new HashMap<>();
        for (RuleFile f : loaded) {
            RuleLocation.rulesIn(f.text()).forEach((name, line) -> ruleNames.putIfAbsent(name, f.path() + ":" + line));
            codesIn(f).forEach((code, line) -> loadedCodes.putIfAbsent(code, f.path() + ":" + line));
        }
        Map<String, String> codes = new HashMap<>(loadedCodes);
        List<String> clashes = new ArrayList<>();
        for (RuleFile f : added) {
            RuleLocation.rulesIn(f.text()).forEach((name, line) -> {
                String earlier = ruleNames.putIfAbsent(name, f.path() + ":" + line);
                if (earlier != null) {
                    clashes.add(f.path() + ":" + line + ": rule \"" + name + "\" already exists (" + earlier
                            + "); a rule folder adds rules, it cannot replace one: give it a name of its own");
                }
            });
            Matcher m = CODE.matcher(f.text());
            while (m.find()) {
                String code = m.group(1);
                if (loadedCodes.containsKey(code)) {
                    clashes.add(f.path() + ":" + lineOf(f.text(), m.start()) + ": check " + code + " is already defined ("
                            + loadedCodes.get(code) + "); a rule folder cannot add verdicts to it: define a check of its own");
                }
            }
            Matcher d = DEFINES.matcher(f.text());
            while (d.find()) {
                String code = d.group(1);
                String earlier = codes.putIfAbsent(code, f.path() + ":" + lineOf(f.text(), d.start()));
                if (earlier != null) {
                    clashes.add(f.path() + ":" + lineOf(f.text(), d.start()) + ": check " + code + " is already defined ("
                            + earlier + "); choose another code");
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new RuleDefinitionException(String.join(System.lineSeparator(), clashes.stream().distinct().toList()));
        }
    }

    /** Rule names must be unique across a set of files too: Drools would let one silently replace the other. */
    static void checkUniqueNames(List<RuleFile> files) {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (RuleFile f : files) {
            RuleLocation.rulesIn(f.text()).forEach((name, line) -> {
                String earlier = seen.putIfAbsent(name, f.path() + ":" + line);
                if (earlier != null) {
                    clashes.add(f.path() + ":" + line + ": rule \"" + name + "\" is already defined at " + earlier);
                }
            });
        }
        if (!clashes.isEmpty()) {
            throw new RuleDefinitionException(String.join(System.lineSeparator(), clashes));
        }
    }

    private static Map<String, Integer> codesIn(RuleFile f) {
        Map<String, Integer> codes = new HashMap<>();
        Matcher d = DEFINES.matcher(f.text());
        while (d.find()) {
            codes.putIfAbsent(d.group(1), lineOf(f.text(), d.start()));
        }
        return codes;
    }

    private static int lineOf(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
