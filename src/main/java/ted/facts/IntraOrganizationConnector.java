package ted.facts;

import java.util.List;

/**
 * How on-premises Exchange finds Exchange Online for OAuth calls, from {@code Get-IntraOrganizationConnector |
 * Format-List Name,TargetAddressDomains,DiscoveryEndpoint,Enabled}. The Hybrid Configuration Wizard creates one
 * ({@code HybridIOC - <id>}) naming the tenant's {@code *.mail.onmicrosoft.com} domain.
 */
public record IntraOrganizationConnector(String Name, List<String> TargetAddressDomains, String DiscoveryEndpoint, Boolean Enabled) {

    public IntraOrganizationConnector {
        TargetAddressDomains = PartialList.fromMarked(TargetAddressDomains);
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(Enabled);
    }

    /** True when it points at the Exchange Online side: an enabled connector with a target domain and an endpoint. */
    public boolean reachesExchangeOnline() {
        return isEnabled() && TargetAddressDomains != null && !TargetAddressDomains.isEmpty()
                && DiscoveryEndpoint != null && !DiscoveryEndpoint.isBlank();
    }
}
