package ted.redact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The redaction map ({@code --redact-map FILE}): kind, original and stand-in per row, CSV, for reading a reply back. */
public final class RedactionMap {
    private RedactionMap() {
    }

    /** False (after one line on {@code err}) when the file cannot be written. */
    public static boolean write(Redactor redactor, Path file, PrintWriter err) {
        CsvSchema schema = CsvSchema.builder().addColumn("kind").addColumn("original").addColumn("stand_in").build().withHeader();
        CsvMapper mapper = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var rows = mapper.writerFor(String[].class).with(schema).writeValues(w)) {
            for (String[] row : redactor.map()) {
                rows.write(row);
            }
        } catch (IOException e) {
            err.println("ted: " + file + ": cannot write: " + e.getMessage());
            return false;
        }
        err.println("ted: wrote the redaction map " + file + " (it undoes the redaction: keep it out of the ticket)");
        return true;
    }
}
