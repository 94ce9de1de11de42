package ted.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.engine.Status;
import ted.facts.Case;
import ted.facts.Symptom;

/**
 * What every shareable format says the same way: who the case is about, the one-line summary, and which checks need
 * attention (listed first, with their evidence) versus which passed or did not apply (folded away).
 */
final class Checklist {
    /** The statuses a reader must act on or look into. */
    static final Set<Status> ATTENTION = Set.of(Status.FAIL, Status.ERROR, Status.WARN, Status.UNKNOWN);

    private Checklist() {
    }

    static String symptoms(Case c) {
        return c.symptoms().stream().map(Symptom::id).collect(Collectors.joining(", "));
    }

    static String user(Case c) {
        return c.user() == null ? null : c.user().getUpn();
    }

    static String delegate(Case c) {
        return c.delegate() == null ? null : c.delegate().getUpn();
    }

    /** "2 fail, 1 unknown, 25 pass": only the statuses that occur, worst first. */
    static String summary(Diagnosis d) {
        Map<Status, Integer> counts = d.counts();
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            if (counts.get(s) > 0) {
                parts.add(counts.get(s) + " " + s.id());
            }
        }
        return parts.isEmpty() ? "no checks in scope" : String.join(", ", parts);
    }

    /** Checks to act on, worst first and in the guide's order within a status. */
    static List<Finding> needingAttention(Diagnosis d) {
        return d.findings().stream().filter(f -> ATTENTION.contains(f.getStatus()))
                .sorted(java.util.Comparator.comparing(Finding::getStatus)).toList();
    }

    /** Checks that passed, only inform, or did not apply, in the guide's order. */
    static List<Finding> settled(Diagnosis d) {
        return d.findings().stream().filter(f -> !ATTENTION.contains(f.getStatus())).toList();
    }

    /** Where in the guide a check sits: "Prerequisites, step 2". */
    static String place(Finding f) {
        return f.check().section().heading() + (f.check().step() > 0 ? ", step " + f.check().step() : "");
    }
}
