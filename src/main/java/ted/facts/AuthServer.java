package ted.facts;

/**
 * An authorization server Exchange trusts, from {@code Get-AuthServer | Format-List Name,Type,IssuerIdentifier,
 * TokenIssuingEndpoint,AuthMetadataUrl,Enabled}. Hybrid OAuth with Exchange Online needs the one the Hybrid
 * Configuration Wizard creates for Microsoft Entra ID ("evoSTS", named {@code EvoSts - <tenant id>}, its metadata at
 * login.windows.net or login.microsoftonline.com).
 */
public record AuthServer(String Name, String Type, String IssuerIdentifier, String TokenIssuingEndpoint,
                         String AuthMetadataUrl, Boolean Enabled) {

    /** True for Microsoft Entra ID's token service: by name, by type, or by where its metadata lives. */
    public boolean isEvoSts() {
        return Name != null && Name.trim().regionMatches(true, 0, "EvoSts", 0, 6)
                || Type != null && Type.trim().equalsIgnoreCase("AzureAD")
                || AuthMetadataUrl != null && AuthMetadataUrl.matches("(?i)https://login\\.(windows\\.net|microsoftonline\\.com)/.*");
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(Enabled);
    }
}
