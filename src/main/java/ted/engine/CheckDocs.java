package ted.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import ted.facts.Symptom;

/** What the catalogue says about each check, gathered from its definition and its verdict rules. */
public final class CheckDocs {
    private CheckDocs() {
    }

    /** One check with what its rules read and can decide. */
    public record CheckDoc(Check check, Set<String> factsRead, Set<String> statuses, List<String> rules) {
    }

    public static List<CheckDoc> all(RuleBase rules) {
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        Map<String, Set<String>> statuses = new LinkedHashMap<>();
        Map<String, List<String>> ruleNames = new LinkedHashMap<>();
        for (Rule rule : rules.rules()) {
            Map<String, Object> meta = rule.getMetaData();
            for (Check check : rules.checksDecidedBy(rule)) {
                String code = check.code();
                facts.computeIfAbsent(code, k -> new TreeSet<>()).addAll(RuleFacts.typesRead(rule));
                statuses.computeIfAbsent(code, k -> new TreeSet<>(Comparator.comparing(Status::parse)))
                        .addAll(RuleMetadata.statuses(rule.getName(), meta).stream().map(Status::id).toList());
                ruleNames.computeIfAbsent(code, k -> new ArrayList<>()).add(rule.getName());
            }
        }
        return rules.checks().stream().map(c -> new CheckDoc(c, facts.getOrDefault(c.code(), Set.of()),
                statuses.getOrDefault(c.code(), Set.of()), ruleNames.getOrDefault(c.code(), List.of()))).toList();
    }

    /** The symptom ids of a check, in the guide's order. */
    public static String symptoms(Check c) {
        Set<String> ids = new LinkedHashSet<>();
        for (Symptom s : Symptom.values()) {
            if (c.symptoms().contains(s)) {
                ids.add(s.id());
            }
        }
        return ids.stream().collect(Collectors.joining(", "));
    }
}
