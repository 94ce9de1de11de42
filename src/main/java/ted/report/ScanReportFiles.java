package ted.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import ted.scan.Scanner;

/**
 * A scan's report files: JSON and CSV files are written as the subjects are diagnosed (opened before the scan, fed
 * each result), the formats written from the summary (HTML, Markdown, text) when the scan is done. Each is named on
 * stderr when written.
 */
public final class ScanReportFiles implements Consumer<Scanner.Result> {
    private final Map<Path, ReportFormat> files;
    private final Map<Path, ScanStream> streams = new LinkedHashMap<>();
    private final List<PrintWriter> opened = new ArrayList<>();

    private ScanReportFiles(Map<Path, ReportFormat> files) {
        this.files = files;
    }

    /** Opens the files that stream; {@code shown} is applied to every name and text they write per subject. */
    public static ScanReportFiles open(Map<Path, ReportFormat> files, String version, int mailboxes, int pairs,
                                       UnaryOperator<String> shown) throws IOException {
        ScanReportFiles r = new ScanReportFiles(files);
        for (var file : files.entrySet()) {
            if (streams(file.getValue())) {
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(file.getKey(), StandardCharsets.UTF_8));
                r.opened.add(w);
                r.streams.put(file.getKey(), file.getValue() == ReportFormat.JSON ? ScanStream.json(w, version, mailboxes, pairs, shown)
                        : ScanStream.csv(w, shown));
            }
        }
        return r;
    }

    private static boolean streams(ReportFormat f) {
        return f == ReportFormat.JSON || f == ReportFormat.CSV;
    }

    @Override
    public void accept(Scanner.Result r) {
        streams.values().forEach(s -> s.accept(r));
    }

    /** Ends the streamed files and writes the others; false when a file could not be written (the others still are). */
    public boolean finish(ScanReport report, PrintWriter err) {
        streams.values().forEach(s -> {
            s.finish(report.summary(), report.sources(), report.problems());
            s.close();
        });
        opened.forEach(PrintWriter::close);
        boolean all = true;
        for (var file : files.entrySet()) {
            try {
                if (!streams(file.getValue())) {
                    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file.getKey(), StandardCharsets.UTF_8))) {
                        switch (file.getValue()) {
                            case HTML -> ScanHtml.render(report, w);
                            case MARKDOWN -> ScanMarkdown.render(report, w);
                            default -> new ScanText(new Ansi(false)).render(report, w);
                        }
                    }
                }
                err.println("ted: wrote " + file.getKey() + " (" + file.getValue().id() + ")");
            } catch (IOException e) {
                err.println("ted: " + file.getKey() + ": cannot write: " + e.getMessage());
                all = false;
            }
        }
        return all;
    }
}
