package ted.read.ps;

/**
 * A value the export cut short: Format-List's {@code ...} or a ConvertTo-Json depth limit. What was visible is kept
 * (a partial list may still prove something is there), but never read as complete.
 *
 * @param visible what could still be read (a String or a List), possibly null
 * @param how     which export quirk cut it, e.g. "Format-List's enumeration limit"
 * @param remedy  how to export it whole
 */
public record Truncated(Object visible, String how, String remedy) {

    static final String FORMAT_LIST_REMEDY = "set $FormatEnumerationLimit = -1 and export again, or use Export-Clixml";
    static final String JSON_REMEDY = "export again with ConvertTo-Json -Depth 5, or use Export-Clixml";
}
