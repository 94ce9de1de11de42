package ted.engine;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ted.facts.Case;

/**
 * The checklist for one case: every check in scope with the finding that decided it, in the guide's order, and the
 * rules that threw on the way (their checks have status {@code error}).
 */
public record Diagnosis(Case subject, List<Finding> findings, List<RuleError> errors) {

    public Diagnosis(Case subject, List<Finding> findings) {
        this(subject, findings, List.of());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::check, RuleBase.ORDER)
            .thenComparing(Finding::getStatus);

    public boolean hasFailures() {
        return findings.stream().anyMatch(Finding::isFailed);
    }

    /** True when at least one check passed, warned or failed; a run of unknowns and skips decided nothing. */
    public boolean decidedAnything() {
        return findings.stream().anyMatch(f -> f.getStatus().decides());
    }

    public Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.getStatus(), 1, Integer::sum));
        return counts;
    }

    public Finding finding(String code) {
        return findings.stream().filter(f -> f.getCode().equals(code)).findFirst().orElse(null);
    }
}
