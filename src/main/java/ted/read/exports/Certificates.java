package ted.read.exports;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import ted.facts.ExchangeCertificate;

/**
 * Reads an exported certificate. Export-Clixml of Get-ExchangeCertificate may keep only the raw DER bytes
 * (RawData), so the thumbprint (SHA-1 of the DER, as Windows shows it) and validity come from the certificate itself.
 */
final class Certificates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private Certificates() {
    }

    static ExchangeCertificate fromExport(Values v) {
        if (v.raw("RawData") instanceof byte[] der) {
            try {
                X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
                String thumbprint = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(der));
                return new ExchangeCertificate(thumbprint, cert.getSubjectX500Principal().getName(),
                        ISO.format(cert.getNotBefore().toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime()),
                        ISO.format(cert.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime()),
                        v.text("Services"), v.text("PSComputerName"));
            } catch (CertificateException | NoSuchAlgorithmException e) {
                v.note("RawData is not a readable certificate (" + e.getMessage() + "); thumbprint and dates are taken from the other properties");
            }
        }
        String thumbprint = v.text("Thumbprint");
        return new ExchangeCertificate(thumbprint == null ? null : thumbprint.toUpperCase(Locale.ROOT), v.text("Subject"),
                v.text("NotBefore"), v.text("NotAfter"), v.text("Services"), v.text("PSComputerName"));
    }
}
