package ted.read.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What TED had to interpret in one file, each distinct note once with how many objects it concerned: a 10,000-mailbox
 * export whose every GrantSendOnBehalfTo was cut short says so in one line, not 10,000.
 */
final class Notes {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String note) {
        counts.merge(note, 1, Integer::sum);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Each note once; one that several objects share says in how many of the file's {@code objects}. */
    List<String> summary(int objects) {
        List<String> out = new ArrayList<>();
        counts.forEach((note, n) -> out.add(n > 1 ? note + String.format(java.util.Locale.ROOT, " (in %,d of %,d objects)", n, Math.max(n, objects)) : note));
        return out;
    }
}
