package ted.read.ps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads ConvertTo-Json output one top-level object at a time. Values ConvertTo-Json wrote in place of something
 * deeper than its -Depth (a .NET type name such as {@code System.Object[]}) become {@link Truncated}.
 */
public final class JsonExportReader {
    /** What ConvertTo-Json prints for a collection or object beyond its depth: the type's name. */
    private static final Pattern TYPE_NAME = Pattern.compile(
            "(System|Microsoft|Deserialized)\\.[A-Za-z0-9_.]+(`\\d+)?(\\[.*\\])?");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(ted.read.Limits.MAX_DEPTH).maxStringLength(ted.read.Limits.MAX_VALUE_CHARS).build())
            .build());

    private JsonExportReader() {
    }

    public static void read(Reader text, Consumer<Object> each) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("the file is empty");
            }
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == null) {
                        throw new IOException("the JSON array is cut short");
                    }
                    each.accept(convert(MAPPER.readTree(parser)));
                }
            } else {
                each.accept(convert(MAPPER.readTree(parser)));
            }
        }
    }

    /** A cheap first test, as every string of an org-wide export comes through here. */
    private static boolean looksLikeTypeName(String text) {
        return text.startsWith("System.") || text.startsWith("Microsoft.") || text.startsWith("Deserialized.");
    }

    static Object convert(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return looksLikeTypeName(text) && TYPE_NAME.matcher(text).matches()
                    ? new Truncated(null, "ConvertTo-Json's depth limit (it wrote the type name " + text + ")", Truncated.JSON_REMEDY)
                    : text;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(convert(item)));
            return items;
        }
        PsObject obj = new PsObject();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            obj.put(field.getKey(), convert(field.getValue()));
        }
        return obj;
    }
}
