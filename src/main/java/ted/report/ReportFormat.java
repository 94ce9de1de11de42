package ted.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output formats, with the file extensions that select them for {@code --report FILE}. One table, as conftest's
 * output package keeps one: a new format is a new row and a new {@link Renderer}.
 */
public enum ReportFormat {
    TEXT("text", "txt"),
    JSON("json", "json"),
    MARKDOWN("markdown", "md", "markdown"),
    HTML("html", "html", "htm"),
    JUNIT("junit", "xml"),
    CSV("csv", "csv");

    private final String id;
    private final List<String> extensions;

    ReportFormat(String id, String... extensions) {
        this.id = id;
        this.extensions = List.of(extensions);
    }

    public String id() {
        return id;
    }

    /** The format a report file's extension asks for; the message lists the extensions TED knows. */
    public static ReportFormat forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        for (ReportFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the format of '" + file + "' from its extension; use one of "
                + Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).collect(Collectors.joining(", ")));
    }

    /** The renderer for this format; {@code colour} matters only to text on a terminal. */
    public Renderer renderer(boolean colour) {
        return switch (this) {
            case TEXT -> new TextRenderer(new Ansi(colour));
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case HTML -> new HtmlRenderer();
            case JUNIT -> new JUnitRenderer();
            case CSV -> new CsvRenderer();
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
