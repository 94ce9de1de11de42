package ted.util;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...": the candidates nearest to what was typed, by edit distance, for codes and people alike. */
public final class Closest {
    private Closest() {
    }

    /** Up to {@code max} candidates, nearest first (ties alphabetically). */
    public static List<String> to(String typed, Collection<String> candidates, int max) {
        return candidates.stream().sorted(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c))
                .limit(max).toList();
    }

    /** Levenshtein distance: how many single-character edits turn one string into the other. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
