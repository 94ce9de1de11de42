package ted.redact;

import ted.report.ScanReport;

/**
 * A scan's end-of-run report with every text in it redacted by the run's {@link Redactor}: the summary's causes,
 * examples, commands and example findings, the files read and the input problems. The subjects streamed before it
 * went through the same redactor name by name, so a cause in the text matches the cause column of the CSV.
 */
public final class ScanRedaction {
    private ScanRedaction() {
    }

    public static ScanReport redact(ScanReport report, Redactor r) {
        return new ScanReport(report.version(), report.symptoms(), report.mailboxes(), report.pairs(),
                report.summary().rewritten(r::redact), ReportRedaction.sources(report.sources(), r),
                ReportRedaction.problems(report.problems(), r));
    }
}
