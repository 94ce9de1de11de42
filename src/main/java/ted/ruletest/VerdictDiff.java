package ted.ruletest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ted.engine.Diagnosis;
import ted.engine.Finding;

/**
 * The verdicts one case gets under two rule sets, compared check by check: a check whose status differs (or that one
 * set decides and the other does not have) is a change, shown with each side's reason and evidence so a reviewer sees
 * why it moved. Wording that changed under an unchanged status is not a change of verdict.
 */
public final class VerdictDiff {

    /** One side of a change: the status ("absent" when the rule set has no such check in scope), its reason and evidence. */
    public record Side(String status, String cause, List<String> evidence) {
        static final Side ABSENT = new Side("absent", null, List.of());
    }

    /** A check whose verdict moved in one case. */
    public record Change(String caseName, String code, Side before, Side after) {
    }

    private VerdictDiff() {
    }

    public static List<Change> compare(String caseName, Diagnosis before, Diagnosis after) {
        Map<String, Side> old = sides(before);
        Map<String, Side> now = sides(after);
        TreeSet<String> codes = new TreeSet<>(old.keySet());
        codes.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String code : codes) {
            Side b = old.getOrDefault(code, Side.ABSENT);
            Side a = now.getOrDefault(code, Side.ABSENT);
            if (!b.status().equals(a.status())) {
                changes.add(new Change(caseName, code, b, a));
            }
        }
        return changes;
    }

    /** Each check's verdict; a check given several (a rule bug) shows them all, so the diff cannot hide it. */
    private static Map<String, Side> sides(Diagnosis d) {
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        d.findings().forEach(f -> byCode.computeIfAbsent(f.getCode(), k -> new ArrayList<>()).add(f));
        Map<String, Side> sides = new LinkedHashMap<>();
        byCode.forEach((code, findings) -> {
            String status = String.join("+", findings.stream().map(f -> f.getStatus().id()).sorted().toList());
            String cause = String.join(" | ", findings.stream().map(Finding::cause).filter(Objects::nonNull).toList());
            List<String> evidence = findings.stream().flatMap(f -> f.evidence().stream()).map(Object::toString).toList();
            sides.put(code, new Side(status, cause.isEmpty() ? null : cause, evidence));
        });
        return sides;
    }
}
