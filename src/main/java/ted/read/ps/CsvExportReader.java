package ted.read.ps;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads {@code Export-Csv} output, the usual form of an org-wide dump ({@code Get-Mailbox -ResultSize Unlimited |
 * Export-Csv}), one row at a time so a 100,000-mailbox file never sits in memory whole. Windows PowerShell 5.1 starts
 * with a {@code #TYPE} line (kept as the objects' type, which tells the cmdlet) and quotes every field; PowerShell 7
 * leaves the line out and may quote only as needed. The delimiter is whatever the header uses (comma, the culture's
 * semicolon with {@code -UseCulture}, or any {@code -Delimiter}). An empty field is null. A multi-valued property that
 * was not joined is its type name ({@link NotExpanded}); one joined with {@code -join ';'} is split on ';'.
 * Parsing is Jackson's CSV module (RFC 4180 quoting, doubled quotes, line breaks inside quotes).
 */
public final class CsvExportReader {
    /** The separator TED reads joined multi-valued properties with; the collect script and the notes use it. */
    public static final String LIST_SEPARATOR = ";";
    private static final Pattern TYPE_NAME = Pattern.compile(
            "^(System\\.Collections\\.[A-Za-z.]+(`\\d+)?(\\[.*\\])?|System\\.Object\\[\\]|System\\.String\\[\\]"
                    + "|Microsoft\\.Exchange\\.Data\\.[A-Za-z.]*(MultiValuedProperty|ProxyAddressCollection)(`\\d+)?(\\[.*\\])?"
                    + "|Deserialized\\.[A-Za-z.`\\[\\]0-9]+)$");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private CsvExportReader() {
    }

    /** Calls {@code each} per row; the type name of a {@code #TYPE} line, when there is one, is on every object. */
    public static void read(Reader text, Consumer<Object> each) throws IOException {
        BufferedReader in = text instanceof BufferedReader b ? b : new BufferedReader(text);
        in.mark(ted.read.Limits.MAX_LINE_CHARS);
        String first = in.readLine();
        String typeName = null;
        if (first != null && first.startsWith("#TYPE")) {
            typeName = first.substring(5).strip();
            in.mark(ted.read.Limits.MAX_LINE_CHARS);
            first = in.readLine();
        }
        if (first == null) {
            return;
        }
        in.reset();
        char delimiter = delimiter(first);
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(ted.read.Limits.MAX_VALUE_CHARS).build())
                .enable(CsvParser.Feature.INSERT_NULLS_FOR_MISSING_COLUMNS)
                .enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
                .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(delimiter);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper(factory).readerForMapOf(String.class).with(schema)
                .readValues(in)) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                PsObject obj = new PsObject();
                if (typeName != null) {
                    obj.addTypeName(typeName);
                }
                obj.joinsListsWith(LIST_SEPARATOR);
                row.forEach((name, value) -> obj.put(name, value == null ? null
                        : TYPE_NAME.matcher(value.strip()).matches() ? new NotExpanded(value.strip()) : value));
                each.accept(obj);
            }
        }
    }

    /** The header's delimiter: after a quoted first name, the character that follows it; else the commonest candidate. */
    static char delimiter(String header) {
        if (header.startsWith("\"")) {
            int close = header.indexOf('"', 1);
            while (close > 0 && close + 1 < header.length() && header.charAt(close + 1) == '"') {
                close = header.indexOf('"', close + 2);
            }
            if (close > 0 && close + 1 < header.length()) {
                return header.charAt(close + 1);
            }
        }
        char best = ',';
        long most = 0;
        for (char d : DELIMITERS) {
            long n = header.chars().filter(c -> c == d).count();
            if (n > most) {
                most = n;
                best = d;
            }
        }
        return best;
    }

    /** True when a first line looks like Export-Csv's: a #TYPE line, or a quoted header of property names. */
    public static boolean looksLikeCsv(String firstLine) {
        return firstLine.startsWith("#TYPE ") || firstLine.matches("^\"[A-Za-z][A-Za-z0-9_.]*\"(?:[,;\\t|]\"[A-Za-z][A-Za-z0-9_.]*\")+\\s*$");
    }
}
