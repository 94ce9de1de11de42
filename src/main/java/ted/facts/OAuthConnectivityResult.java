package ted.facts;

/**
 * The result of {@code Test-OAuthConnectivity -Service EWS -TargetUri https://outlook.office365.com/ews/exchange.asmx
 * -Mailbox <user> | Format-List}. {@code ResultType} is {@code Success} or {@code Error}.
 */
public record OAuthConnectivityResult(String Task, String ResultType, String Detail, Ref Mailbox) {

    /** The first line of Detail that says what went wrong, for evidence; Detail is long and multi-line. */
    public String detailSummary() {
        if (Detail == null || Detail.isBlank()) {
            return null;
        }
        for (String line : Detail.split("\\R")) {
            if (line.contains("Exception") || line.contains("(401)") || line.contains("(403)") || line.contains("error")) {
                return line.trim();
            }
        }
        return Detail.split("\\R")[0].trim();
    }
}
