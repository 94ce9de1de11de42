package ted.report;

import java.util.ArrayList;
import java.util.List;
import ted.scan.ScanSummary.Cause;
import ted.scan.ScanSummary.CheckSummary;

/**
 * The fix for every object of one cause, as text, Markdown and HTML print it: diagnose's {@code #} lines first (they
 * carry the alternatives a command cannot, such as "or upgrade EX04", and would comment out the rest of a one-line
 * pipeline), then one {@code ForEach-Object} over the scan's CSV, filtered to the check, status and cause, running
 * every command diagnose gives. The organisation's own checks need no pipeline: their fix is diagnose's, as it is.
 */
final class ScanFix {
    private ScanFix() {
    }

    /** The lines to print; empty when diagnose gives no fix; null when the objects need different fixes. */
    static List<String> lines(CheckSummary c, Cause cause) {
        List<String> fix = cause.fix();
        if (fix == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        fix.forEach(line -> (line.startsWith("#") ? lines : commands).add(line));
        if (!commands.isEmpty()) {
            lines.add(pipeline(c, cause, commands));
        }
        return lines;
    }

    /** The one command that fixes every object of a cause: a ForEach-Object over the scan's CSV, filtered to it. */
    static String pipeline(CheckSummary c, Cause cause, List<String> commands) {
        return "Import-Csv .\\scan.csv | Where-Object { $_.code -eq '" + c.check().code() + "' -and $_.status -eq '"
                + cause.status().id() + "' -and $_.cause -eq '" + (cause.text() == null ? "" : cause.text().replace("'", "''"))
                + "' } | ForEach-Object { " + String.join("; ", commands) + " }";
    }

    /** "a, b, c and 2,068 more": the first few objects of a cause, and how many besides. */
    static String examples(Cause cause) {
        int more = cause.count() - cause.examples().size();
        return String.join(", ", cause.examples()) + (more > 0 ? String.format(java.util.Locale.ROOT, " and %,d more", more) : "");
    }
}
