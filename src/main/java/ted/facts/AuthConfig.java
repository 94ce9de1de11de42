package ted.facts;

/**
 * The organization's OAuth signing certificate settings, from
 * {@code Get-AuthConfig | Format-List CurrentCertificateThumbprint,PreviousCertificateThumbprint,NextCertificateThumbprint,NextCertificateEffectiveDate}.
 */
public record AuthConfig(String CurrentCertificateThumbprint, String PreviousCertificateThumbprint,
                         String NextCertificateThumbprint, String NextCertificateEffectiveDate) {

    /** Exports write a missing thumbprint as null or as an empty string; both mean none. */
    public boolean hasCurrent() {
        return CurrentCertificateThumbprint != null && !CurrentCertificateThumbprint.isBlank();
    }

    public boolean hasNext() {
        return NextCertificateThumbprint != null && !NextCertificateThumbprint.isBlank();
    }
}
