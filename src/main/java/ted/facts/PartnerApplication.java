package ted.facts;

/** One partner application, from {@code Get-PartnerApplication | Format-List Name,ApplicationIdentifier,Enabled,LinkedAccount}. */
public record PartnerApplication(String Name, String ApplicationIdentifier, Boolean Enabled, Ref LinkedAccount) {

    public boolean isEnabled() {
        return Boolean.TRUE.equals(Enabled);
    }

    public boolean hasId(String id) {
        return ApplicationIdentifier != null && ApplicationIdentifier.trim().equalsIgnoreCase(id);
    }
}
