package ted.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date-times the exports print: CliXml and PowerShell 7 JSON write ISO 8601 ({@code 2026-11-20T08:00:00},
 * with or without fraction and offset), Windows PowerShell 5.1 JSON writes {@code /Date(1763625600000)/}, and
 * Format-List prints the culture's form ({@code 11/20/2026 8:00:00 AM} in en-US, the only one TED reads). A value
 * TED cannot read is null, never a guess.
 */
public final class Moments {
    private static final Pattern MS_JSON = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final DateTimeFormatter US_24H = DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.US);

    private Moments() {
    }

    /** The moment, as a local date-time in the offset it was written in; null when unreadable. */
    public static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        Matcher ms = MS_JSON.matcher(t);
        if (ms.matches()) {
            return LocalDateTime.ofEpochSecond(Long.parseLong(ms.group(1)) / 1000, 0, ZoneOffset.UTC);
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
            // not a bare date
        }
        try {
            return LocalDateTime.parse(t.toUpperCase(Locale.ROOT), US);
        } catch (DateTimeParseException e) {
            // not en-US with AM/PM
        }
        try {
            return LocalDateTime.parse(t, US_24H);
        } catch (DateTimeParseException e) {
            // not en-US with a time
        }
        try {
            return LocalDate.parse(t, US_DATE).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when the text holds a date only, so it stands for a whole day rather than a moment. */
    public static boolean isDateOnly(String text) {
        return text != null && text.trim().matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
