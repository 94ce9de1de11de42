package ted.redact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a redactor has learned (people, groups, servers, policies, folders), found in a text as whole words in any
 * letter case. Looked up word by word in a hash map keyed by each name's first word, not tried one by one: a scan
 * learns every name of the organisation (hundreds of thousands), and one regular expression alternating them all
 * took longer to compile than the scan and matched in time growing with the organisation. Here a text costs one pass
 * over its words, whatever the number of names.
 */
final class Literals {
    /** A name, and how many characters come before its first word ({@code "(Contoso)"} has one). */
    private record Name(String text, int lead) {
    }

    /** Where a name was found in a text. */
    record Found(int start, int end) {
    }

    /** By the first word of each name, lower-cased: the names that start with it, longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final Set<String> known = new HashSet<>();

    /** Learns a name; false when it was known already (in any letter case) or has no word in it. */
    boolean add(String name) {
        String trimmed = name.trim();
        int lead = 0;
        while (lead < trimmed.length() && !word(trimmed.charAt(lead))) {
            lead++;
        }
        if (lead == trimmed.length() || !known.add(trimmed.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int end = lead;
        while (end < trimmed.length() && word(trimmed.charAt(end))) {
            end++;
        }
        List<Name> names = byFirstWord.computeIfAbsent(trimmed.substring(lead, end).toLowerCase(Locale.ROOT), k -> new ArrayList<>(1));
        int at = 0;
        while (at < names.size() && names.get(at).text().length() >= trimmed.length()) {
            at++;
        }
        names.add(at, new Name(trimmed, lead));
        return true;
    }

    boolean contains(String name) {
        return known.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return known.isEmpty();
    }

    /**
     * The first whole occurrence of a learned name at or after {@code from}: the earliest, and of those starting there,
     * the longest (so "Jane Doe Jr" wins over "Jane Doe"). Null when there is none.
     */
    Found find(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (!word(text.charAt(i)) || i > 0 && word(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && word(text.charAt(j))) {
                j++;
            }
            List<Name> names = byFirstWord.get(text.substring(i, j).toLowerCase(Locale.ROOT));
            Found best = null;
            if (names != null) {
                for (Name name : names) {
                    int start = i - name.lead();
                    int end = start + name.text().length();
                    if (start < from || end > n || best != null && start >= best.start()
                            || start > 0 && word(text.charAt(start - 1)) || end < n && word(text.charAt(end))
                            || !text.regionMatches(true, start, name.text(), 0, name.text().length())) {
                        continue;
                    }
                    best = new Found(start, end);
                }
            }
            if (best != null) {
                return best;
            }
            i = j;
        }
        return null;
    }

    /** What makes a name part of a longer word: as the regular expression's {@code [\p{L}\p{N}]} did. */
    private static boolean word(char c) {
        return Character.isLetterOrDigit(c);
    }
}
