package ted.read.exports;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import ted.read.exports.ExportReader.Form;
import ted.read.ps.CsvExportReader;

/** Tells the export form from the extension, else from the first characters; refuses binary and empty files. */
final class Sniff {
    private Sniff() {
    }

    static final class NotAnExport extends IOException {
        NotAnExport(String message) {
            super(message);
        }
    }

    static Form form(Reader text, String fileName) throws IOException {
        text.mark(4096);
        char[] head = new char[4096];
        int n = text.read(head);
        text.reset();
        if (n <= 0 || new String(head, 0, n).isBlank()) {
            throw new NotAnExport("file is empty");
        }
        String start = new String(head, 0, n);
        if (start.indexOf('\0') >= 0 || start.chars().filter(ch -> ch == '\uFFFD').count() > 2) {
            throw new NotAnExport("a binary file, not an export (Export-Clixml, ConvertTo-Json, Export-Csv or Format-List text)");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        char first = start.strip().charAt(0);
        if (lower.endsWith(".xml") || lower.endsWith(".clixml") || first == '<') {
            return Form.CLIXML;
        }
        if (lower.endsWith(".json") || first == '{' || first == '[') {
            return Form.JSON;
        }
        if (lower.endsWith(".csv") || CsvExportReader.looksLikeCsv(start.strip().lines().findFirst().orElse(""))) {
            return Form.CSV;
        }
        return Form.FORMAT_LIST;
    }
}
