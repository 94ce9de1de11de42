package ted.facts;

import java.util.List;

/**
 * The inputs describe only these Exchange servers (and their virtual directories), not every server of the
 * organisation: a HealthChecker capture is taken on one server. A check about every server can then speak only of
 * these, and must not pass or fail the organisation on them. Absent when the server exports are organisation-wide, as
 * the collect scripts write them ({@code Get-ExchangeServer}, {@code Get-WebServicesVirtualDirectory -ADPropertiesOnly}).
 *
 * @param Servers the servers the inputs cover
 * @param Source  what the inputs are, e.g. "a HealthChecker capture"
 */
public record ServerCoverage(List<String> Servers, String Source) {

    /** "1 of ? servers: SOLO-E19A": how much of the organisation the inputs cover, as a report states it. */
    public String describe() {
        List<String> names = Servers == null ? List.of() : Servers;
        return names.size() + " of ? servers: " + String.join(", ", names);
    }

    /** The command that collects what the inputs leave out: the servers and EWS virtual directories of the organisation. */
    public static String collectEveryServer() {
        return "Get-ExchangeServer | Format-List Name,Fqdn,AdminDisplayVersion,Site; "
                + "Get-WebServicesVirtualDirectory -ADPropertiesOnly | Format-List Server,Identity,InternalUrl,ExternalUrl";
    }
}
