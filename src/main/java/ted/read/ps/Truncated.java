package ted.read.ps;

/**
 * A value the export cut short: Format-List's {@code ...} or a ConvertTo-Json depth limit. What was visible is kept
 * (a partial list may still prove something is there), but never read as complete.
 *
 * @param visible what could still be read (a String or a List), possibly null
 * @param how     which export quirk cut it, e.g. "Format-List enumeration limit"
 */
public record Truncated(Object visible, String how) {
}
