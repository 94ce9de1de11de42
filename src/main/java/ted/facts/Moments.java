package ted.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date-times the exports print: ISO 8601 (CliXml, PowerShell 7 JSON, and .NET's round-trip
 * {@code ToString('o')}, {@code 2026-11-20T08:00:00.0000000+01:00}), Windows PowerShell 5.1 JSON's
 * {@code /Date(1763625600000)/}, and the culture's own form that Format-List and Export-Csv print: month first in
 * en-US ({@code 11/20/2026 8:00:00 AM}), day first in en-GB ({@code 20/11/2026 08:00:00}) and with dots in de-DE
 * ({@code 20.11.2026 08:00:00}). A value TED cannot read is null, never a guess.
 * <p>
 * A slashed date whose first two numbers are both 12 or less ({@code 05/12/2026}) reads both ways, and the text does
 * not say which culture wrote it: {@link #isAmbiguous} tells, and {@link #parse(String, Order)} reads it either way so
 * that a check can see whether the two readings lead to the same verdict.
 */
public final class Moments {
    /** Which number comes first in a slashed date. */
    public enum Order {
        MONTH_FIRST("month first (en-US)"), DAY_FIRST("day first (en-GB)");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern MS_JSON = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    /** A culture's short date and long time: {@code 11/20/2026 8:00:00 AM}, {@code 20/11/2026 08:00}, {@code 20.11.2026 08:00:00}. */
    private static final Pattern CULTURE = Pattern.compile(
            "(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?");

    private Moments() {
    }

    /**
     * The moment, as a local date-time in the offset it was written in; null when unreadable. A slashed date that reads
     * both ways is read month first, as en-US writes it (what TED has always read); one whose first number is over 12
     * can only be day first.
     */
    public static LocalDateTime parse(String text) {
        return parse(text, Order.MONTH_FIRST);
    }

    /** The moment with an ambiguous slashed date read in {@code order}; an unambiguous text reads the same either way. */
    public static LocalDateTime parse(String text, Order order) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        Matcher ms = MS_JSON.matcher(t);
        if (ms.matches()) {
            return fromMilliseconds(ms.group(1));
        }
        Matcher c = CULTURE.matcher(t);
        if (c.matches()) {
            return culture(c, order);
        }
        try {
            return OffsetDateTime.parse(t).toLocalDateTime();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            // not ISO local
        }
        try {
            return LocalDate.parse(t).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when the text is a slashed date that reads as two different days, month first and day first. */
    public static boolean isAmbiguous(String text) {
        if (text == null) {
            return false;
        }
        Matcher c = CULTURE.matcher(text.trim());
        if (!c.matches() || !c.group(2).equals("/")) {
            return false;
        }
        int a = Integer.parseInt(c.group(1));
        int b = Integer.parseInt(c.group(3));
        return a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12;
    }

    /**
     * True when the text is a slashed date that cannot be read in {@code order} ({@code 28/11/2026} month first): the
     * two dates of one object were written by one culture, so one date that settles the order settles it for the other.
     */
    public static boolean contradicts(String text, Order order) {
        if (text == null) {
            return false;
        }
        Matcher c = CULTURE.matcher(text.trim());
        if (!c.matches() || !c.group(2).equals("/")) {
            return false;
        }
        int first = Integer.parseInt(c.group(order == Order.MONTH_FIRST ? 1 : 3));
        return first > 12;
    }

    /** True when the text holds a date only, so it stands for a whole day rather than a moment. */
    public static boolean isDateOnly(String text) {
        return text != null && text.trim().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** 5.1 JSON's milliseconds since 1970; a number beyond any date (an overflow) is unreadable, not an error. */
    private static LocalDateTime fromMilliseconds(String digits) {
        try {
            return LocalDateTime.ofEpochSecond(Math.floorDiv(Long.parseLong(digits), 1000L), 0, ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /**
     * Dots are de-DE and its neighbours, always day first. Slashes are month first (en-US) or day first (en-GB, fr-FR):
     * a first number over 12 settles day first, a second over 12 month first, and otherwise {@code order} decides.
     */
    private static LocalDateTime culture(Matcher c, Order order) {
        try {
            int a = Integer.parseInt(c.group(1));
            int b = Integer.parseInt(c.group(3));
            int year = Integer.parseInt(c.group(4));
            boolean dayFirst = c.group(2).equals(".") || a > 12 || (b <= 12 && order == Order.DAY_FIRST);
            LocalDate day = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            if (c.group(5) == null) {
                return day.atStartOfDay();
            }
            int hour = Integer.parseInt(c.group(5));
            String half = c.group(8);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (half.toUpperCase(Locale.ROOT).equals("P") ? 12 : 0);
            }
            int second = c.group(7) == null ? 0 : Integer.parseInt(c.group(7));
            return day.atTime(hour, Integer.parseInt(c.group(6)), second);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
