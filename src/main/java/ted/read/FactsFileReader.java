package ted.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ted.facts.FactSet;
import ted.read.exports.ExportReader;

/**
 * Reads what an admin hands over into one {@link FactSet}: finds the files ({@link InputFiles}), sends each to the
 * facts-document parser ({@link DocumentFacts} merges what it yields) or the export reader, after the facts files
 * ({@link FactsDocumentFiles} tells which they are), so their case sections can focus the read. Each file is read on
 * its own: a broken file becomes one {@link InputProblem} and the others are still read.
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
        List<Path> documents = found.files().stream().filter(FactsDocumentFiles::test).toList();
        List<Path> exportFiles = found.files().stream().filter(p -> !documents.contains(p))
                .sorted(java.util.Comparator.comparingInt(ExportReader::readingOrder)).toList();
        // Facts files first: their case sections say whom the case is about before anything is filtered for it.
        List<Map.Entry<Path, FactsDocument>> parsed = new ArrayList<>();
        for (Path path : documents) {
            try {
                FactsDocument doc = parser.parse(path);
                parsed.add(Map.entry(path, doc));
                DocumentFacts.describeCase(doc, facts);
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
            DocumentFacts.add(doc.getValue(), doc.getKey().toString(), facts, log.sources(), log.problems());
        }
        parsed.clear();
        boolean serversFromFactsFiles = facts.isCollected("exchangeServers");
        // Everyone's facts are kept when not focused, and their equal strings then once; a focused read keeps a few
        // people, and a table of everybody's strings would outweigh what it saves.
        ted.util.Interner strings = focused ? ted.util.Interner.NONE : ted.util.Interner.create();
        for (Path path : exportFiles) {
            exports.read(path, facts, log, strings);
        }
        ted.read.exports.AcrossFiles.settle(facts, log);
        HealthCheckerCaptures.settle(facts, log, HealthCheckerCaptures.folders(exportFiles), serversFromFactsFiles);
        found.subfolders().forEach((folder, under) -> log.noteOnFirstUnder(folder.toString(),
                "read with " + (under.size() == 1 ? "its subfolder " : "its subfolders ") + String.join(", ", under)));
        // Files read from a zip are named by the zip and entry, not by the temporary folder it was unpacked to.
        found.shownAs().forEach(log::rename);
        // So are the collect script's failures, which a check's evidence names: the temporary folder is gone by then.
        found.shownAs().forEach((prefix, shown) -> facts.factsOf(ted.facts.CollectionFailure.class).stream()
                .filter(e -> e.file() != null && e.file().startsWith(prefix))
                .forEach(e -> facts.replace(e, e.from(shown + e.file().substring(prefix.length())))));
        found.temporary().forEach(ZipInput::delete);
        return new ReadResult(facts, log.sources(), log.problems(), log.skipped(),
                filter == null ? null : new ReadResult.Focus(filter.directory(), filter.left()), log.unreadable());
    }

    /** Reads one facts document given as text (rule tests build theirs in memory); {@code name} labels messages. */
    public ReadResult readText(String name, String text, boolean json) {
        FactSet facts = new FactSet();
        List<SourceSummary> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try {
            DocumentFacts.add(parser.parseText(name, text, json ? parser.json() : parser.yaml()), name, facts, sources, problems);
        } catch (InputException e) {
            problems.add(e.problem());
        }
        return new ReadResult(facts, sources, problems);
    }
}
