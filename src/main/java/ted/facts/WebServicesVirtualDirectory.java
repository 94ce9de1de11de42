package ted.facts;

/** One EWS virtual directory, from {@code Get-WebServicesVirtualDirectory | Format-List Server,Identity,InternalUrl,ExternalUrl}. */
public record WebServicesVirtualDirectory(String Server, String Identity, String InternalUrl, String ExternalUrl) {

    public boolean hasExternalUrl() {
        return ExternalUrl != null && !ExternalUrl.isBlank();
    }

    /** True when {@code url} is this directory's ExternalUrl, ignoring case and a trailing slash. */
    public boolean publishes(String url) {
        return hasExternalUrl() && url != null && squeeze(ExternalUrl).equals(squeeze(url));
    }

    private static String squeeze(String url) {
        return url.strip().replaceAll("/+$", "").toLowerCase(java.util.Locale.ROOT);
    }
}
