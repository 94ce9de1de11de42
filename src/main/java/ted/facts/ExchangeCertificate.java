package ted.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
        java.time.LocalDateTime at = Moments.parse(text);
        return at == null ? null : at.toLocalDate();
    }
}
