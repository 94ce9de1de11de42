package ted.facts;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Exchange build number, read from any of the spellings the exports use:
 * {@code Version 15.2 (Build 986.5)} (AdminDisplayVersion), {@code 15.02.0986.005} (ExSetup file version)
 * or {@code 15.2.986.5}.
 */
public final class ExchangeBuild implements Comparable<ExchangeBuild> {
    private static final Pattern ADMIN_DISPLAY = Pattern.compile("Version\\s+(\\d+)\\.(\\d+)\\s*\\(Build\\s+(\\d+)\\.(\\d+)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)");

    /** Rules ask for a server's build on every evaluation, and an organisation's servers share a few spellings. */
    private static final ted.util.BoundedMemo<String, java.util.Optional<ExchangeBuild>> PARSED =
            new ted.util.BoundedMemo<>(4096, text -> java.util.Optional.ofNullable(read(text)));

    private final int[] parts;

    private ExchangeBuild(int[] parts) {
        this.parts = parts;
    }

    /** Returns null when the text holds no build number, or one with a part too large to be one. */
    public static ExchangeBuild parse(String text) {
        return text == null ? null : PARSED.get(text).orElse(null);
    }

    private static ExchangeBuild read(String text) {
        Matcher m = ADMIN_DISPLAY.matcher(text);
        if (!m.find()) {
            m = DOTTED.matcher(text);
            if (!m.find()) {
                return null;
            }
        }
        int[] p = new int[4];
        try {
            for (int i = 0; i < 4; i++) {
                p[i] = Integer.parseInt(m.group(i + 1));
            }
        } catch (NumberFormatException e) {
            // A part beyond any int (Build 99999999999999999999.5) is no build: unreadable, so the checks say unknown.
            return null;
        }
        return new ExchangeBuild(p);
    }

    /** For rules: {@code build.isOlderThan("15.1.544.27")}. */
    public boolean isOlderThan(String floor) {
        ExchangeBuild other = parse(floor);
        if (other == null) {
            throw new IllegalArgumentException("not a build number: " + floor);
        }
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ExchangeBuild o) {
        return Arrays.compare(parts, o.parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExchangeBuild b && Arrays.equals(parts, b.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
    }
}
