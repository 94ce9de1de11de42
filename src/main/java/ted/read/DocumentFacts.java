package ted.read;

import java.util.ArrayList;
import java.util.List;
import ted.facts.FactSet;

/**
 * Puts a facts document's sections into the facts: a list adds its items, a single object (one per organization) is kept
 * once and a contradicting second one reported, and the case section says whom the case is about.
 */
final class DocumentFacts {
    private DocumentFacts() {
    }

    static void add(FactsDocument doc, String file, FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
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
     * The sections, mailboxes first: a mailbox record says which names are one person, which reading for one case needs
     * before it meets a CAS mailbox or a permission that names that person another way (as exports are ordered).
     */
    private static final List<java.lang.reflect.RecordComponent> SECTIONS_IN_READING_ORDER = java.util.Arrays
            .stream(FactsDocument.class.getRecordComponents())
            .sorted(java.util.Comparator.comparingInt(c -> c.getName().equals("mailboxes") ? 0 : 1)).toList();

    static void describeCase(FactsDocument doc, FactSet facts) {
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
