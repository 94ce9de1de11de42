package ted.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ted.facts.FactSet;
import ted.read.exports.ExportReader;

/**
 * Reads facts files (YAML or JSON, docs/facts-format.md) into one {@link FactSet}. Each file is read on its own:
 * a broken file becomes one {@link InputProblem} and the others are still read.
 */
public final class FactsFileReader {
    private ObjectMapper yaml;
    private ObjectMapper json;
    private final ExportReader exports = new ExportReader();

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        // Admins type property names as the cmdlets print them, in whatever case; a single value where
        // Format-List would print a one-element list is the same list.
        return builder.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    // Built on first use: each mapper costs start-up time, and most runs need only one of them.
    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = configure(YAMLMapper.builder()).build();
        }
        return yaml;
    }

    private ObjectMapper json() {
        if (json == null) {
            json = configure(JsonMapper.builder()).build();
        }
        return json;
    }

    public ReadResult read(List<Path> paths) {
        FactSet facts = new FactSet();
        ReadLog log = new ReadLog();
        for (Path path : expand(paths, log.problems())) {
            if (!isFactsDocument(path)) {
                exports.read(path, facts, log);
                continue;
            }
            try {
                add(parse(path), path.toString(), facts, log.sources(), log.problems());
            } catch (InputException e) {
                log.problem(e.problem());
            }
        }
        ExportReader.finish(facts, log);
        return new ReadResult(facts, log.sources(), log.problems(), log.skipped());
    }

    /** Reads one facts document given as text (rule tests build theirs in memory); {@code name} labels messages. */
    public ReadResult readText(String name, String text, boolean json) {
        FactSet facts = new FactSet();
        List<SourceSummary> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try {
            add(parseText(name, text, json ? json() : yaml()), name, facts, sources, problems);
        } catch (InputException e) {
            problems.add(e.problem());
        }
        return new ReadResult(facts, sources, problems);
    }

    private static void add(FactsDocument doc, String file, FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
        List<InputProblem> conflicts = new ArrayList<>();
        int objects = merge(doc, facts, file, conflicts);
        problems.addAll(conflicts);
        sources.add(new SourceSummary(file, "facts file", objects));
    }

    /** Folders stand for the facts files directly inside them. */
    private static List<Path> expand(List<Path> paths, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    List<Path> inside = list.filter(FactsFileReader::isInput).sorted().toList();
                    if (inside.isEmpty()) {
                        problems.add(new InputProblem(p.toString(), 0, "folder holds no facts file or export"));
                    }
                    files.addAll(inside);
                } catch (IOException e) {
                    problems.add(new InputProblem(p.toString(), 0, "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Files in a folder worth reading: exports and facts files, not notes or archives lying beside them. */
    private static boolean isInput(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && !name.startsWith(".")
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".xml")
                || name.endsWith(".txt") || name.endsWith(".clixml"));
    }

    /**
     * YAML is always a facts file; JSON is one when its first key is a facts-file section (else it is
     * ConvertTo-Json output); anything else is an export.
     */
    static boolean isFactsDocument(Path p) {
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

    /** Section names of the facts file, lower-cased. */
    private static final java.util.Set<String> SECTIONS = java.util.Arrays.stream(FactsDocument.class.getRecordComponents())
            .map(c -> c.getName().equals("caseSection") ? "case" : c.getName().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());

    FactsDocument parse(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(new InputProblem(file, 0, "no such file"));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot read: " + e.getMessage()));
        }
        ObjectMapper mapper = file.toLowerCase(Locale.ROOT).endsWith(".json") ? json() : yaml();
        return parseText(file, TextDecoding.decode(bytes), mapper);
    }

    private static FactsDocument parseText(String file, String text, ObjectMapper mapper) {
        if (text.isBlank()) {
            throw new InputException(new InputProblem(file, 0, "file is empty: expected a facts document"));
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
        }
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

    /** One line, in the admin's terms: where in the document and what is wrong, without Java type names. */
    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String where = path(u);
            return "unknown property '" + u.getPropertyName() + "'" + (where.isEmpty() ? "" : " in " + where.replaceAll("\\.?" + java.util.regex.Pattern.quote(u.getPropertyName()) + "$", ""))
                    + "; see docs/facts-format.md for the sections and property names";
        }
        String message = Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName());
        message = message.lines().findFirst().orElse(message)
                .replaceAll("`[a-zA-Z.$]*\\.([A-Za-z]+)`", "$1")
                .replaceAll(" \\(through reference chain.*", "")
                .replaceAll("Cannot deserialize value of type ", "expected ");
        String where = e instanceof JsonMappingException m ? path(m) : "";
        return (where.isEmpty() ? "" : where + ": ") + message.strip();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /**
     * Adds one file's sections to the facts and returns how many objects it held. Every section of {@link FactsDocument}
     * is merged the same way: a list adds its items, a single object (one per organization) is kept once and a
     * contradicting second one reported; so a new section needs no code here.
     */
    private static int merge(FactsDocument doc, FactSet facts, String file, List<InputProblem> conflicts) {
        if (doc.caseSection() != null) {
            facts.describeCase(doc.caseSection().symptom(), doc.caseSection().user(), doc.caseSection().delegate());
            facts.judgeDatesAsOf(doc.caseSection().asOf());
        }
        int count = 0;
        for (java.lang.reflect.RecordComponent c : FactsDocument.class.getRecordComponents()) {
            if (c.getName().equals("caseSection")) {
                continue;
            }
            Object value;
            try {
                value = c.getAccessor().invoke(doc);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read section " + c.getName(), e);
            }
            if (value instanceof List<?> items) {
                count += section(facts, c.getName(), items);
            } else if (value != null) {
                count += single(facts, c.getName(), value, file, conflicts);
            }
        }
        return count;
    }

    private static int section(FactSet facts, String name, List<?> items) {
        if (items == null) {
            return 0;
        }
        facts.markCollected(name);
        facts.addAll(items);
        return (int) items.stream().filter(Objects::nonNull).count();
    }

    /** An organization has one of these; a second, different one from another file is a contradiction to report. */
    private static int single(FactSet facts, String name, Object item, String file, List<InputProblem> conflicts) {
        List<?> earlier = facts.factsOf(item.getClass());
        if (!earlier.isEmpty()) {
            if (!earlier.get(0).equals(item)) {
                conflicts.add(new InputProblem(file, 0, name + " contradicts the one read earlier; the earlier one is kept"));
            }
            return 0;
        }
        facts.markCollected(name);
        facts.add(item);
        return 1;
    }
}
