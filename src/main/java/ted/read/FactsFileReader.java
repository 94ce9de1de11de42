package ted.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ted.facts.FactSet;
import ted.read.exports.ExportReader;

/**
 * Reads what an admin hands over into one {@link FactSet}: finds the files ({@link InputFiles}), sends each to the
 * facts-document parser or the export reader, and merges what they yield. Each file is read on its own: a broken
 * file becomes one {@link InputProblem} and the others are still read.
 */
public final class FactsFileReader {
    private final FactsDocumentParser parser = new FactsDocumentParser();
    private final ExportReader exports = new ExportReader();

    /** Reads everything the files hold about everyone ({@code ted import}, rule tests). */
    public ReadResult read(List<Path> paths) {
        return read(paths, null, null, false);
    }

    /**
     * Reads for one case: of the facts about single people, only those about the case's user and delegate are kept, so
     * memory follows the case and not the size of an org-wide export. {@code user} and {@code delegate} override the
     * facts files' {@code case} section, as on the command line; with no user at all, no one's facts are needed.
     */
    public ReadResult readFor(List<Path> paths, String user, String delegate) {
        return read(paths, user, delegate, true);
    }

    private ReadResult read(List<Path> paths, String user, String delegate, boolean focused) {
        FactSet facts = new FactSet();
        ReadLog log = new ReadLog();
        InputFiles.Discovered found = InputFiles.discover(paths, log);
        List<Path> documents = found.files().stream().filter(FactsFileReader::isFactsDocument).toList();
        List<Path> exportFiles = found.files().stream().filter(p -> !documents.contains(p))
                .sorted(java.util.Comparator.comparingInt(ExportReader::readingOrder)).toList();
        // Facts files first: their case sections say whom the case is about before anything is filtered for it.
        List<Map.Entry<Path, FactsDocument>> parsed = new ArrayList<>();
        for (Path path : documents) {
            try {
                FactsDocument doc = parser.parse(path);
                parsed.add(Map.entry(path, doc));
                describeCase(doc, facts);
            } catch (InputException e) {
                log.problem(e.problem());
            }
        }
        CaseFilter filter = null;
        if (focused) {
            String who = user != null ? user : facts.user();
            String with = delegate != null ? delegate : facts.delegate();
            // Without a user no check about one mailbox can run, so nobody's facts are needed, the delegate's neither.
            filter = who == null ? new CaseFilter() : new CaseFilter(who, with);
            facts.admitOnly(filter);
        }
        for (Map.Entry<Path, FactsDocument> doc : parsed) {
            add(doc.getValue(), doc.getKey().toString(), facts, log.sources(), log.problems());
        }
        parsed.clear();
        // Everyone's facts are kept when not focused, and their equal strings then once; a focused read keeps a few
        // people, and a table of everybody's strings would outweigh what it saves.
        ted.util.Interner strings = focused ? ted.util.Interner.NONE : ted.util.Interner.create();
        for (Path path : exportFiles) {
            exports.read(path, facts, log, strings);
        }
        ExportReader.finish(facts, log);
        // Files read from a zip are named by the zip and entry, not by the temporary folder it was unpacked to.
        found.shownAs().forEach(log::rename);
        found.temporary().forEach(ZipInput::delete);
        return new ReadResult(facts, log.sources(), log.problems(), log.skipped(),
                filter == null ? null : new ReadResult.Focus(filter.directory(), filter.left()));
    }

    /** Reads one facts document given as text (rule tests build theirs in memory); {@code name} labels messages. */
    public ReadResult readText(String name, String text, boolean json) {
        FactSet facts = new FactSet();
        List<SourceSummary> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try {
            add(parser.parseText(name, text, json ? parser.json() : parser.yaml()), name, facts, sources, problems);
        } catch (InputException e) {
            problems.add(e.problem());
        }
        return new ReadResult(facts, sources, problems);
    }

    private static void add(FactsDocument doc, String file, FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
        List<InputProblem> conflicts = new ArrayList<>();
        int objects = merge(doc, facts, file, conflicts);
        problems.addAll(conflicts);
        // A typed role an admin misspelt is worth saying where it was read; the checks treat it as unknown.
        List<String> notes = doc.mailboxFolderPermissions() == null ? List.of() : doc.mailboxFolderPermissions().stream()
                .filter(java.util.Objects::nonNull).flatMap(p -> p.unknownRights().stream()).distinct()
                .map(ted.facts.MailboxFolderPermission::notARole).toList();
        sources.add(new SourceSummary(file, "facts file", objects, notes));
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

    /**
     * The sections, mailboxes first: a mailbox record says which names are one person, which reading for one case needs
     * before it meets a CAS mailbox or a permission that names that person another way (as exports are ordered).
     */
    private static final List<java.lang.reflect.RecordComponent> SECTIONS_IN_READING_ORDER = java.util.Arrays
            .stream(FactsDocument.class.getRecordComponents())
            .sorted(java.util.Comparator.comparingInt(c -> c.getName().equals("mailboxes") ? 0 : 1)).toList();

    /** Section names of the facts file, lower-cased. */
    private static final java.util.Set<String> SECTIONS = java.util.Arrays.stream(FactsDocument.class.getRecordComponents())
            .map(c -> c.getName().equals("caseSection") ? "case" : c.getName().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());

    private static void describeCase(FactsDocument doc, FactSet facts) {
        if (doc.caseSection() != null) {
            facts.describeCase(doc.caseSection().symptom(), doc.caseSection().user(), doc.caseSection().delegate());
            facts.judgeDatesAsOf(doc.caseSection().asOf());
            facts.describeScope(doc.caseSection().scope());
        }
    }

    /**
     * Adds one file's sections to the facts and returns how many objects it held. Every section of {@link FactsDocument}
     * is merged the same way: a list adds its items, a single object (one per organization) is kept once and a
     * contradicting second one reported; so a new section needs no code here.
     */
    private static int merge(FactsDocument doc, FactSet facts, String file, List<InputProblem> conflicts) {
        describeCase(doc, facts);
        int count = 0;
        for (java.lang.reflect.RecordComponent c : SECTIONS_IN_READING_ORDER) {
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
        return (int) items.stream().filter(java.util.Objects::nonNull).count();
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
