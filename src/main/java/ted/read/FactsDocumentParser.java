package ted.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses one facts document (YAML or JSON, docs/facts-format.md), within {@link Limits}, and turns whatever is wrong
 * with it into one line in the admin's words: where (line, column, the path of sections and properties) and what,
 * from the parsers' own structured information, never Java type or token names.
 */
final class FactsDocumentParser {
    private ObjectMapper yaml;
    private ObjectMapper json;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_DEPTH).maxStringLength(Limits.MAX_VALUE_CHARS).build();

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        // Admins type property names as the cmdlets print them, in whatever case; a single value where
        // Format-List would print a one-element list is the same list.
        return builder.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    // Built on first use: each mapper costs start-up time, and most runs need only one of them.
    ObjectMapper yaml() {
        if (yaml == null) {
            LoaderOptions loader = new LoaderOptions();
            // A facts file `ted import` writes for a whole organization is large; aliases are never needed, and
            // expanding them is how a small YAML file becomes a huge one.
            loader.setCodePointLimit(Limits.MAX_FACTS_FILE_CHARS);
            loader.setNestingDepthLimit(Limits.MAX_DEPTH);
            loader.setMaxAliasesForCollections(20);
            loader.setAllowRecursiveKeys(false);
            YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(CONSTRAINTS).build();
            yaml = configure(YAMLMapper.builder(factory)).build();
        }
        return yaml;
    }

    ObjectMapper json() {
        if (json == null) {
            json = configure(JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(CONSTRAINTS).build())).build();
        }
        return json;
    }

    FactsDocument parse(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            if (Files.size(path) > 2L * Limits.MAX_FACTS_FILE_CHARS) {
                throw new InputException(new InputProblem(file, 0, "a facts file larger than 2 GB is not read; split it"));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot read: " + InputFiles.reason(e)));
        } catch (OutOfMemoryError e) {
            throw new InputException(new InputProblem(file, 0, "too large to read whole with this much memory; split it, or give Java more (-Xmx)"));
        }
        return parseText(file, TextDecoding.decode(bytes), file.toLowerCase(Locale.ROOT).endsWith(".json") ? json() : yaml());
    }

    FactsDocument parseText(String file, String text, ObjectMapper mapper) {
        if (text.isBlank()) {
            throw new InputException(new InputProblem(file, 0, "file is empty: expected a facts document"));
        }
        int longLine = firstLongLine(text);
        if (longLine > 0) {
            throw new InputException(new InputProblem(file, longLine, "line is longer than " + Limits.MAX_LINE_CHARS
                    + " characters; no facts file needs one"));
        }
        try {
            FactsDocument doc = mapper.readValue(text, FactsDocument.class);
            if (doc == null) {
                throw new InputException(new InputProblem(file, 0, "file is empty: expected a facts document"));
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            // Records are built once the whole object is read, so Jackson reports the object's end; the admin
            // needs the line the mistyped name is on.
            throw new InputException(new InputProblem(file, lineOfKey(text, e.getPropertyName(), lineOf(e)), describe(e)));
        } catch (JsonProcessingException e) {
            throw new InputException(new InputProblem(file, lineOf(e), describe(e)));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot read: " + InputFiles.reason(e)));
        }
    }

    /** The first line (1-based) longer than the limit, or 0; checked before parsing, which would crawl through it. */
    private static int firstLongLine(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > Limits.MAX_LINE_CHARS) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /** The last line at or before {@code limit} where {@code key} is written as a key; {@code limit} when none is. */
    private static int lineOfKey(String text, String key, int limit) {
        java.util.regex.Pattern asKey = java.util.regex.Pattern.compile("^[\\s-]*[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = text.split("\\R", -1);
        for (int i = Math.min(limit, lines.length) - 1; i >= 0; i--) {
            if (asKey.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int lineOf(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            return y.getProblemMark().getLine() + 1;
        }
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    /** One line, in the admin's terms: where in the document and what is wrong. */
    static String describe(JsonProcessingException e) {
        String where = e instanceof JsonMappingException m ? path(m) : "";
        String prefix = where.isEmpty() ? "" : where + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            String in = where.replaceAll("\\.?" + java.util.regex.Pattern.quote(u.getPropertyName()) + "$", "");
            List<String> near = u.getKnownPropertyIds() == null ? List.of()
                    : ted.util.Closest.to(u.getPropertyName(), names(u.getKnownPropertyIds()), 1);
            return "unknown " + (in.isEmpty() ? "section" : "property") + " '" + u.getPropertyName() + "'"
                    + (in.isEmpty() ? "" : " in " + in)
                    + (near.isEmpty() ? "" : "; did you mean '" + near.get(0) + "'?")
                    + " (docs/facts-format.md lists the sections and property names)";
        }
        if (e instanceof StreamConstraintsException) {
            return prefix + (String.valueOf(e.getOriginalMessage()).contains("nesting")
                    ? "nested more than " + Limits.MAX_DEPTH + " levels deep; no facts file needs that"
                    : "a value longer than " + Limits.MAX_VALUE_CHARS + " characters; no facts file needs one");
        }
        if (e.getCause() instanceof MarkedYAMLException y) {
            // The YAML parser's own explanation, both halves: what it was reading, and what it found there.
            String context = y.getContext() == null ? "" : y.getContext().strip()
                    + (y.getContextMark() == null ? "" : " (from line " + (y.getContextMark().getLine() + 1) + ")") + ": ";
            return prefix + "not valid YAML: " + context + String.valueOf(y.getProblem()).strip()
                    + (y.getProblemMark() == null ? "" : ", column " + (y.getProblemMark().getColumn() + 1));
        }
        if (e instanceof InvalidFormatException f) {
            return prefix + "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return prefix + "expected " + expected(m.getTargetType());
        }
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return prefix + (e instanceof JsonMappingException ? "this value does not fit here" : "not valid JSON: "
                + message.replaceAll("\\(code \\d+\\)", "").replaceAll("[`'][A-Za-z.$]*\\.([A-Za-z]+)[`']", "$1").strip());
    }

    private static Collection<String> names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    /** What a target type is, as an admin says it. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (- item, or [a, b])";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "True or False";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || type == ted.facts.Ref.class) {
            return "text";
        }
        return "a section of properties (Name: value)";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "").replace("caseSection", "case");
    }
}
