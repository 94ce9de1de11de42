package ted.scan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Remembers which texts of a scan name no subject, so they are not searched for every subject's names again. A text
 * that came out of templating unchanged for two different subjects is the same for everyone (a missing partner
 * application, an old build): most causes and commands of an organisation are such, and searching each of them for
 * the names of each subject took a tenth of a scan's CPU. A shared text that happens to name one person (a test run
 * for one mailbox) is then left as it is for that person's own subject too, which is what it is: the organisation's.
 * Bounded, and for one thread (the scan's collector).
 */
final class NameFreeTexts {
    private static final int BOUND = 4096;
    private final Set<String> nameFree = new HashSet<>();
    private final Map<String, Subject> unchangedFor = new HashMap<>();

    /** {@code templating} applied to {@code text} for {@code s}, or the text itself when it is known to name no one. */
    String apply(String text, Subject s, BiFunction<String, Subject, String> templating) {
        if (text == null || nameFree.contains(text)) {
            return text;
        }
        String templated = templating.apply(text, s);
        if (templated.equals(text) && nameFree.size() < BOUND) {
            Subject first = unchangedFor.get(text);
            if (first == null) {
                if (unchangedFor.size() < BOUND) {
                    unchangedFor.put(text, s);
                }
            } else if (!first.equals(s)) {
                nameFree.add(text);
                unchangedFor.remove(text);
            }
        }
        return templated;
    }
}
