package ted.report;

import java.util.List;
import ted.read.InputProblem;
import ted.read.SourceSummary;
import ted.scan.ScanSummary;

/** What the end of a scan knows, for the formats written from the summary (text, Markdown, HTML). */
public record ScanReport(String version, String symptoms, int mailboxes, int pairs, ScanSummary summary,
                         List<SourceSummary> sources, List<InputProblem> problems) {
}
