package ted.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A certificate on an Exchange server, from {@code Get-ExchangeCertificate | Format-List Thumbprint,Subject,NotBefore,NotAfter,Services}
 * (or read from the certificate itself when Export-Clixml kept only its raw DER bytes). Dates are ISO-8601
 * ({@code 2024-11-06T14:47:32}); US-style {@code 11/6/2024 2:47:32 PM} is accepted too.
 */
public record ExchangeCertificate(String Thumbprint, String Subject, String NotBefore, String NotAfter, String Services,
                                  String Server) {

    public boolean hasThumbprint(String thumbprint) {
        return thumbprint != null && Thumbprint != null && Thumbprint.strip().equalsIgnoreCase(thumbprint.strip());
    }

    /** Days from {@code today} until NotAfter (negative once expired); null when NotAfter cannot be read. */
    public Long daysLeft(String today) {
        LocalDate end = date(NotAfter);
        LocalDate now = date(today);
        return end == null || now == null ? null : java.time.temporal.ChronoUnit.DAYS.between(now, end);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        java.util.regex.Matcher msDate = java.util.regex.Pattern.compile("/Date\\((-?\\d+)[^)]*\\)/").matcher(t);
        if (msDate.matches()) {
            // Windows PowerShell 5.1's ConvertTo-Json writes dates as /Date(milliseconds)/.
            return java.time.Instant.ofEpochMilli(Long.parseLong(msDate.group(1))).atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return f == DateTimeFormatter.ISO_LOCAL_DATE ? LocalDate.parse(t, f) : LocalDateTime.parse(t, f).toLocalDate();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        for (String pattern : List.of("M/d/yyyy h:mm:ss a", "M/d/yyyy H:mm:ss", "M/d/yyyy")) {
            try {
                DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.US);
                return pattern.contains("h") || pattern.contains("H") ? LocalDateTime.parse(t, f).toLocalDate() : LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
