package ted.facts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An EwsAllowList / EwsBlockList entry as a pattern over user agents: {@code *} stands for any run of characters
 * (possibly none), every other character for itself, case-sensitively, and the whole user agent must match.
 *
 * <p>With {@code *} as the only wildcard, both questions TED asks of two entries are decidable exactly:
 * <ul>
 *   <li>{@link #covers(Glob)}: does this entry admit every user agent the other admits? Replace each {@code *} of
 *       the other by a character that occurs in neither entry; this entry matches the result exactly when it covers
 *       the other. (Each such character can only be consumed by one of this entry's stars, and a star can consume
 *       any text, so the match carries over to every replacement of the other's stars.)</li>
 *   <li>{@link #overlaps(Glob)}: is there a user agent both admit? A search over pairs of positions in the two
 *       entries, each step consuming one character both can consume or skipping a star.</li>
 * </ul>
 */
public final class Glob {
    private final String text;
    private final Pattern regex;

    private Glob(String text) {
        this.text = text;
        StringBuilder r = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            r.append(Pattern.quote(part)).append(".*");
        }
        r.setLength(r.length() - 2);
        this.regex = Pattern.compile(r.toString(), Pattern.DOTALL);
    }

    /**
     * Entries seen before, compiled once: a scan judges the same few allow-list entries for every mailbox, and compiling
     * them was a quarter of its time. Bounded, since the entries come from the export.
     */
    private static final ted.util.BoundedMemo<String, Glob> SEEN = new ted.util.BoundedMemo<>(4096, Glob::new);

    public static Glob of(String entry) {
        return SEEN.get(entry == null ? "" : entry);
    }

    /** The entry as written. */
    public String text() {
        return text;
    }

    /** True when the user agent matches this entry. */
    public boolean matches(String userAgent) {
        return regex.matcher(userAgent).matches();
    }

    /** True when every user agent {@code other} admits is admitted by this entry too. */
    public boolean covers(Glob other) {
        char stand = outside(text + other.text);
        return matches(other.text.replace('*', stand));
    }

    /** True when some user agent is admitted by both entries. */
    public boolean overlaps(Glob other) {
        String a = text;
        String b = other.text;
        Deque<int[]> todo = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        todo.push(new int[] {0, 0});
        while (!todo.isEmpty()) {
            int[] at = todo.pop();
            int i = at[0];
            int j = at[1];
            if (!seen.add(((long) i << 32) | j)) {
                continue;
            }
            if (i == a.length() && j == b.length()) {
                return true;
            }
            boolean starA = i < a.length() && a.charAt(i) == '*';
            boolean starB = j < b.length() && b.charAt(j) == '*';
            if (starA) {
                todo.push(new int[] {i + 1, j});
            }
            if (starB) {
                todo.push(new int[] {i, j + 1});
            }
            // Consume one character of the shared user agent: a literal meets an equal literal or a star. (Two stars
            // consuming a character together change nothing; skipping either covers that.)
            if (i < a.length() && j < b.length() && !(starA && starB)) {
                if (starA) {
                    todo.push(new int[] {i, j + 1});
                } else if (starB) {
                    todo.push(new int[] {i + 1, j});
                } else if (a.charAt(i) == b.charAt(j)) {
                    todo.push(new int[] {i + 1, j + 1});
                }
            }
        }
        return false;
    }

    /**
     * True when this entry may admit some of the user agents {@code other} admits <em>and is about the same client</em>:
     * they overlap, and every literal part of this entry contains, or is contained in, a literal part of the other.
     * {@code MicrosoftNinja/1.*} is related to {@code MicrosoftNinja/*}; {@code Outlook/*} is not related to
     * {@code *SchedulingService*}, although the contrived agent {@code Outlook/SchedulingService} matches both.
     */
    public boolean relatesTo(Glob other) {
        if (!overlaps(other)) {
            return false;
        }
        List<String> theirs = other.literalParts();
        return literalParts().stream().allMatch(mine -> theirs.stream().anyMatch(t -> mine.contains(t) || t.contains(mine)));
    }

    /** The runs of literal text between stars: {@code *Teams/*} has one, {@code Teams/}. */
    public List<String> literalParts() {
        return java.util.Arrays.stream(text.split("\\*")).filter(p -> !p.isEmpty()).toList();
    }

    /** The entry without its stars: {@code *SchedulingService*} is {@code SchedulingService}. */
    public String literalCore() {
        return text.replace("*", "");
    }

    /** The entry with every white-space character removed: what an admin meant when a space slipped in. */
    public Glob withoutSpaces() {
        return of(text.replaceAll("\\s+", ""));
    }

    /** The entry as it would be if case did not matter: both lower-cased. */
    public Glob lowerCased() {
        return of(text.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean hasSpace() {
        return text.chars().anyMatch(Character::isWhitespace);
    }

    /** A character that occurs in neither entry, to stand for a star. */
    private static char outside(String used) {
        char c = '\uE000';
        while (used.indexOf(c) >= 0) {
            c++;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob g && g.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
