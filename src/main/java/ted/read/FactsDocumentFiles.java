package ted.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells a facts file from an export, by its name and, for JSON, by its first key. */
public final class FactsDocumentFiles {
    private FactsDocumentFiles() {
    }

    /** Section names of the facts file, lower-cased. */
    private static final java.util.Set<String> SECTIONS = java.util.Arrays.stream(FactsDocument.class.getRecordComponents())
            .map(c -> c.getName().equals("caseSection") ? "case" : c.getName().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());

    /**
     * YAML is always a facts file; JSON is one when its first key is a facts-file section (else it is
     * ConvertTo-Json output); anything else is an export.
     */
    public static boolean test(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        if (!name.endsWith(".json") || !Files.isRegularFile(p)) {
            return false;
        }
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(TextDecoding.decode(readHead(p)))) {
            return parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                    && parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                    && SECTIONS.contains(parser.currentName().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readHead(Path p) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(8192);
        }
    }
}
