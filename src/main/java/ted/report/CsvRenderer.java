package ted.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.facts.Symptom;

/**
 * One row per check, for a spreadsheet or a script: code, status, symptoms, title, section, step, severity, the
 * evidence in one cell, the fix commands (one per line in the cell), and the waiver when there is one. Written by
 * Jackson's CSV module (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -} or {@code @}) gets a leading apostrophe, as OWASP advises, because display names come from
 * whoever created the mailbox.
 */
public final class CsvRenderer implements Renderer {
    static final List<String> COLUMNS = List.of("code", "status", "symptoms", "title", "section", "step", "severity",
            "evidence", "fix", "waived_until", "waiver_reason");

    @Override
    public void render(Report report, PrintWriter out) {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        // The stream is the caller's (standard output, say): closing the rows must not close it.
        CsvMapper mapper = CsvMapper.builder().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build();
        try (var rows = mapper.writerFor(String[].class).with(schema.build().withHeader()).writeValues(out)) {
            for (Finding f : report.diagnosis().findings()) {
                Report.Waived w = report.waiver(f);
                rows.write(new String[] {
                    f.getCode(), f.getStatus().id(),
                    f.symptoms().stream().sorted().map(Symptom::id).collect(Collectors.joining(" ")),
                    safe(f.check().title()), f.check().section().id(), String.valueOf(f.check().step()), f.check().severity(),
                    safe(f.evidence().stream().map(Evidence::toString).collect(Collectors.joining("; "))),
                    safe(String.join("\n", f.fixes())),
                    w == null ? "" : w.expires(), w == null ? "" : safe(w.reason())});
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV: " + e.getMessage(), e);
        }
        out.flush();
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
