package ted.facts;

/**
 * One Exchange server, from {@code Get-ExchangeServer | Format-List Name,Fqdn,AdminDisplayVersion,Site}.
 * {@code ExSetupVersion} is the file version of ExSetup.exe, which HealthChecker prefers when both are known.
 */
public record ExchangeServer(String Name, String Fqdn, String AdminDisplayVersion, String ExSetupVersion, String Site) {

    /** The build the server runs: ExSetup's file version when collected, else AdminDisplayVersion. */
    public ExchangeBuild build() {
        ExchangeBuild exSetup = ExchangeBuild.parse(ExSetupVersion);
        return exSetup != null ? exSetup : ExchangeBuild.parse(AdminDisplayVersion);
    }

    /**
     * Where {@link #build()} comes from, as evidence names it: ExSetup.exe's file version when it was collected, else
     * Get-ExchangeServer's AdminDisplayVersion.
     */
    public String buildSource() {
        return (ExchangeBuild.parse(ExSetupVersion) != null ? "ExSetup.exe on " : "Get-ExchangeServer ") + Name;
    }

    /** True when {@code name} is this server's Name or Fqdn (or the Fqdn's host part), ignoring case. */
    public boolean isNamed(String name) {
        if (name == null) {
            return false;
        }
        String n = name.trim();
        return n.equalsIgnoreCase(Name) || n.equalsIgnoreCase(Fqdn)
                || Fqdn != null && Fqdn.toLowerCase(java.util.Locale.ROOT).startsWith(n.toLowerCase(java.util.Locale.ROOT) + ".");
    }
}
