package ted.facts;

/**
 * The organization's OAuth signing certificate settings, from
 * {@code Get-AuthConfig | Format-List CurrentCertificateThumbprint,PreviousCertificateThumbprint,NextCertificateThumbprint,NextCertificateEffectiveDate}.
 */
public record AuthConfig(String CurrentCertificateThumbprint, String PreviousCertificateThumbprint,
                         String NextCertificateThumbprint, String NextCertificateEffectiveDate) {

    public boolean hasNext() {
        return NextCertificateThumbprint != null && !NextCertificateThumbprint.isBlank();
    }
}
