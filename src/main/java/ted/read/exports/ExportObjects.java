package ted.read.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ted.facts.FactSet;
import ted.read.ReadLog;
import ted.read.SourceSummary;
import ted.read.exports.ExportReader.Form;
import ted.read.ps.PsObject;

/**
 * What one export file yields: each object it holds is recognised as a cmdlet's output and mapped to its fact (or
 * counted as left out, and why), and at the end the file is summarised as read, or reported as the problem it is.
 * Which cmdlet produced an object comes from the file name when it names one, else from the object's type names or
 * properties.
 */
final class ExportObjects {
    /** An organization has one of each; a second, different one is a contradiction to report, not to merge. */
    private static final List<Class<?>> ONE_PER_ORGANIZATION = List.of(ted.facts.OrganizationConfig.class,
            ted.facts.TeamsUpgradePolicy.class, ted.facts.AuthConfig.class);

    final String file;
    final Optional<Cmdlet> named;
    final FactSet facts;
    final ReadLog log;
    final ted.util.Interner strings;
    final Notes notes = new Notes();
    final Map<String, Integer> counts = new LinkedHashMap<>();
    final List<String> unreadTypes = new ArrayList<>();
    final Map<String, Integer> misfits = new LinkedHashMap<>();
    int unrecognized;
    int unparsedLines;
    /** Objects an earlier file already held. */
    private int repeated;
    private final Map<Class<?>, java.util.Set<Object>> earlier = new java.util.HashMap<>();

    ExportObjects(Path path, FactSet facts, ReadLog log, ted.util.Interner strings) {
        this.file = path.toString();
        this.strings = strings;
        this.named = Cmdlets.byFileName(path.getFileName().toString());
        this.facts = facts;
        this.log = log;
    }

    void take(Object value) {
        if (value instanceof List<?> items) {
            items.forEach(this::take);
            return;
        }
        if (!(value instanceof PsObject obj)) {
            // Bare strings or numbers (HealthChecker saves some lists of names this way): nothing a check reads.
            unrecognized++;
            if (value != null && !unreadTypes.contains("plain values")) {
                unreadTypes.add("plain values");
            }
            return;
        }
        if (named.isPresent() && named.get().contradictedByType(obj)) {
            // Type names are what PowerShell says the object is; a file name is only what somebody called it.
            misfits.merge(obj.typeNames().get(0), 1, Integer::sum);
            return;
        }
        Optional<Cmdlet> cmdlet = named.isPresent() ? named : Cmdlets.byContent(obj);
        if (cmdlet.isEmpty()) {
            unrecognized++;
            if (!obj.typeNames().isEmpty() && !unreadTypes.contains(obj.typeNames().get(0) + " objects")) {
                unreadTypes.add(obj.typeNames().get(0) + " objects");
            }
            return;
        }
        Cmdlet c = cmdlet.get();
        String refused = c.refuses(obj);
        if (refused != null) {
            unrecognized++;
            if (!unreadTypes.contains(refused)) {
                unreadTypes.add(refused);
            }
            return;
        }
        Object fact = c.mapper().apply(new Values(obj, file, notes, strings));
        if (fact instanceof ted.facts.AutodiscoverResponse a && a.EmailAddress() == null) {
            fact = Autodiscover.withAddressFromFileName(a, file, notes);
        }
        if (fact instanceof ExSetupFile x) {
            fact = x.from(file);
        }
        if (fact instanceof ted.facts.CollectionFailure e) {
            fact = e.from(file);
        }
        facts.markCollected(c.section());
        counts.merge(c.name(), 0, Integer::sum);
        if (fact != null && ONE_PER_ORGANIZATION.contains(fact.getClass())) {
            List<?> earlier = facts.factsOf(fact.getClass());
            if (earlier.isEmpty()) {
                facts.add(fact);
                counts.merge(c.name(), 1, Integer::sum);
            } else if (earlier.get(0).equals(fact)) {
                // Still an object the file holds: the summary says what the file is, the note why it changes nothing.
                counts.merge(c.name(), 1, Integer::sum);
                notes.add(file + ": a second " + c.name() + " export; what TED reads from it is the same as the first");
            } else {
                log.problem(file, 0, c.name() + " contradicts the one read earlier; the earlier one is kept");
            }
            return;
        }
        if (fact != null) {
            if (readBefore(fact)) {
                repeated++;
                counts.merge(c.name(), 1, Integer::sum);
                return;
            }
            facts.add(fact);
            counts.merge(c.name(), 1, Integer::sum);
        }
    }

    /**
     * True when an earlier file held this very object (the same export saved twice, as .xml and .json, or a copy): it
     * is counted once, or every check about it would be reported twice. The earlier facts of a type are put in a set
     * only when a file meets a type read before, so one file per cmdlet (an org-wide export) costs nothing.
     */
    private boolean readBefore(Object fact) {
        java.util.Set<Object> before = earlier.computeIfAbsent(fact.getClass(), t -> new java.util.HashSet<>(facts.factsOf(t)));
        return !before.isEmpty() && before.contains(fact);
    }

    /**
     * True when the file holds a header line of property names (not only a #TYPE line): what the collect script writes
     * for an empty result. Read again only for a CSV without rows, so it costs nothing otherwise.
     */
    private boolean hasHeaderLine() {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(file))) {
            return ted.read.TextDecoding.decode(in.readNBytes(64 * 1024)).lines().map(l -> l.replace("\ufeff", "").strip())
                    .anyMatch(l -> l.startsWith("\"") && !l.startsWith("#"));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    void finish(Form form) {
        if (form == Form.FORMAT_LIST && unparsedLines > 0 && counts.values().stream().allMatch(n -> n == 0) && unrecognized == 0
                && repeated == 0) {
            // Not one property line: whatever this is, it is not Format-List output, and reading it as an empty
            // export would pass it off as collected.
            log.problem(file, 0, "holds no 'Name : value' lines, so it is not Format-List output (" + unparsedLines
                    + " line(s) read); export with Format-List, ConvertTo-Json or Export-Clixml");
            return;
        }
        if (form == Form.CSV && counts.values().stream().allMatch(n -> n == 0) && unrecognized == 0 && misfits.isEmpty()
                && repeated == 0) {
            if (named.isEmpty() || !hasHeaderLine()) {
                // Export-Csv writes nothing at all for an empty result: a header without rows was cut short or edited.
                log.problem(file, 0, "holds a header but no rows; Export-Csv writes no header for an empty result, so the file "
                        + "was cut short or edited");
                return;
            }
            // The collect script writes the header line alone for an empty result, so that it reads as one.
            notes.add(file + ": holds its header line alone: the cmdlet returned nothing");
        }
        misfits.forEach((type, n) -> notes.add(file + ": " + n + " " + type + " object(s) left out: the file is named after "
                + named.map(Cmdlet::name).orElse("?") + ", whose objects are of another type"));
        if (counts.isEmpty() && named.isPresent() && misfits.isEmpty() && unrecognized == 0) {
            facts.markCollected(named.get().section());
            counts.put(named.get().name(), 0);
        }
        if (counts.isEmpty()) {
            if (!misfits.isEmpty()) {
                log.problem(file, 0, "holds " + String.join(", ", misfits.keySet()) + " objects, not the "
                        + named.map(Cmdlet::name).orElse("?") + " objects its name promises; nothing was read from it");
            } else if (unrecognized == 0) {
                log.problem(file, 0, "holds no objects");
            } else if (named.isPresent() && !unreadTypes.isEmpty() && !unreadTypes.contains("plain values")) {
                log.problem(file, 0, "holds " + String.join(", ", unreadTypes) + "; nothing was read from it");
            } else if (named.isPresent()) {
                log.problem(file, 0, "holds " + unrecognized + " value(s) that are not " + named.get().name()
                        + " objects (plain text or numbers); nothing was read from it");
            } else if (!unreadTypes.isEmpty()) {
                log.skipped(file, "holds " + String.join(", ", unreadTypes) + ", which no check reads");
            } else {
                log.problem(file, 0, "TED cannot tell which cmdlet produced these " + unrecognized + " object(s); name the "
                        + "file after it, e.g. Get-CASMailbox.txt or Get-OrganizationConfig.json (docs/exports.md lists the names)");
            }
            return;
        }
        if (repeated > 0) {
            notes.add(file + ": " + repeated + " object(s) repeat what an earlier file held and are counted once");
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String readAs = String.join(" + ", counts.keySet()) + " (" + form.label + ")";
        log.read(new SourceSummary(file, readAs, total, notes.summary(total + unrecognized)));
        if (unrecognized > 0) {
            log.problem(file, 0, unrecognized + " object(s) in the file are of no kind TED reads and were skipped");
        }
    }
}
