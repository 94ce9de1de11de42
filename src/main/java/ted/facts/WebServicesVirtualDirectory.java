package ted.facts;

/** One EWS virtual directory, from {@code Get-WebServicesVirtualDirectory | Format-List Server,Identity,InternalUrl,ExternalUrl}. */
public record WebServicesVirtualDirectory(String Server, String Identity, String InternalUrl, String ExternalUrl) {
}
