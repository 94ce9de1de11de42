package ted.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one facts document (YAML or JSON, docs/facts-format.md), within {@link Limits}, and turns whatever is wrong
 * with it into one line in the admin's words: where (line, column, the path of sections and properties) and what,
 * from the parsers' own structured information, never Java type or token names. YAML syntax errors are placed and
 * worded by {@link YamlErrors}, the rest by {@link ParseErrors}.
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
            throw new InputException(new InputProblem(file, lineOfKey(text, e.getPropertyName(), lineOf(e)), ParseErrors.describe(e)));
        } catch (JsonProcessingException e) {
            // A YAML syntax error, however deep Jackson wrapped it (inside a section it is a mapping error), is placed
            // where the admin must fix it; the rest are the mapping's own.
            YamlErrors.Located yaml = YamlErrors.locate(e, text);
            if (yaml != null) {
                throw new InputException(new InputProblem(file, yaml.line(), yaml.column(), yaml.message()));
            }
            throw new InputException(new InputProblem(file, lineOf(e), ParseErrors.describe(e)));
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
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

}
