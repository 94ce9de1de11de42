package ted.ruletest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ted.read.TextDecoding;
import ted.read.YamlErrors;
import ted.util.Closest;

/**
 * Reads rule test files ({@code *.test.yaml}, beside the DRL they test). Format:
 * <pre>
 * - name: the delegate holds Reviewer
 *   base: ../../facts-samples/healthy-hybrid.yaml   # relative to this file; optional
 *   facts:                                          # sections replacing the base's; null removes one
 *     mailboxFolderPermissions:
 *       - {Identity: 'contoso.com/Users/Jane Doe:\Calendar', User: John Smith, AccessRights: [Reviewer]}
 *   expect:
 *     DELEGATE_CALENDAR_EDITOR: fail
 * </pre>
 */
public final class RuleTestFiles {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final List<String> CASE_KEYS = List.of("name", "base", "facts", "expect");

    private RuleTestFiles() {
    }

    /** Every case in every {@code *.test.yaml} below the folder, in path order. */
    public static List<RuleTestCase> findAll(Path folder) throws IOException {
        List<RuleTestCase> cases = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(".test.yaml")).sorted().toList()) {
                cases.addAll(read(file));
            }
        }
        return cases;
    }

    public static List<RuleTestCase> read(Path file) throws IOException {
        JsonNode root = parse(file);
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": a rule test file is a list of cases (name, base, facts, expect)");
        }
        List<RuleTestCase> cases = new ArrayList<>();
        for (JsonNode node : root) {
            String name = node.path("name").asText(null);
            // A section written beside facts: instead of inside it would be ignored, and the case would pass on
            // facts it never set.
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!CASE_KEYS.contains(key)) {
                    throw new IOException(file + ": case '" + name + "': unknown key '" + key + "'; a case has "
                            + String.join(", ", CASE_KEYS) + (FactsSections.NAMES.contains(key) ? " ('" + key
                            + "' is a facts section: put it under facts:)" : "; did you mean '"
                            + Closest.to(key, CASE_KEYS, 1).get(0) + "'?"));
                }
            }
            if (name == null || !node.path("expect").isObject() || node.path("expect").isEmpty()) {
                throw new IOException(file + ": every case needs a name and a non-empty expect map");
            }
            Path base = node.hasNonNull("base") ? file.getParent().resolve(node.get("base").asText()).normalize() : null;
            ObjectNode facts = node.path("facts").isObject() ? (ObjectNode) node.get("facts") : JsonNodeFactory.instance.objectNode();
            Map<String, String> expect = new LinkedHashMap<>();
            node.get("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), e.getValue().asText()));
            cases.add(new RuleTestCase(file, name, base, facts, expect));
        }
        return cases;
    }

    /**
     * The file's YAML; a syntax error is one line, {@code file:line:column: what}, where the author must fix it, rather
     * than Jackson's several lines ending in a source excerpt.
     */
    private static JsonNode parse(Path file) throws IOException {
        String text = TextDecoding.decode(Files.readAllBytes(file));
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            YamlErrors.Located yaml = YamlErrors.locate(e, text);
            throw new IOException(file + ":" + (yaml != null ? yaml.toString()
                    : Math.max(0, e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage().lines().findFirst().orElse("not valid YAML")), e);
        }
    }

    /** The case's facts as one YAML document: the base with the case's sections laid over it. */
    static String factsDocument(RuleTestCase c) throws IOException {
        ObjectNode doc = c.base() == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) parse(c.base());
        c.facts().fields().forEachRemaining(section -> {
            if (section.getValue().isNull()) {
                doc.remove(section.getKey());
            } else if (section.getKey().equals("case") && doc.get("case") instanceof ObjectNode baseCase) {
                baseCase.setAll((ObjectNode) section.getValue());
            } else {
                doc.set(section.getKey(), section.getValue());
            }
        });
        return YAML.writeValueAsString(doc);
    }
}
