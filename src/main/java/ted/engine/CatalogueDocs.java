package ted.engine;

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
public final class CatalogueDocs {
    private CatalogueDocs() {
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
                        .add(String.valueOf(meta.get(RuleMetadata.STATUS)));
                ruleNames.computeIfAbsent(code, k -> new java.util.ArrayList<>()).add(rule.getName());
            }
        }
        return rules.checks().stream().map(c -> new CheckDoc(c, facts.getOrDefault(c.code(), Set.of()),
                statuses.getOrDefault(c.code(), Set.of()), ruleNames.getOrDefault(c.code(), List.of()))).toList();
    }

    /** The Markdown catalogue (docs/checks.md), generated from the rules by {@code ted rules docs}. */
    public static String markdown(RuleBase rules) {
        StringBuilder md = new StringBuilder("""
                # Check catalogue

                Generated from the rules by `ted rules docs -o docs/checks.md`; do not edit by hand (a test fails when it is stale).
                Codes are stable. Statuses: `fail` a documented cause that breaks the symptom, `error` a rule broke while deciding it, `warn` risky or deprecated,
                `unknown` a fact is missing (the finding says how to collect it), `info`, `skipped` does not apply, `pass`.

                | code | symptoms | severity | title |
                |---|---|---|---|
                """);
        List<CheckDoc> docs = all(rules);
        for (CheckDoc d : docs) {
            md.append("| [`").append(d.check().code()).append("`](#").append(d.check().code().toLowerCase()).append(") | ")
                    .append(symptoms(d.check())).append(" | ").append(d.check().severity()).append(" | ")
                    .append(d.check().title().replace("|", "\\|")).append(" |\n");
        }
        for (CheckDoc d : docs) {
            Check c = d.check();
            md.append("\n## ").append(c.code()).append("\n\n**").append(c.title()).append("**\n\n")
                    .append("- What it checks: ").append(c.what()).append('\n')
                    .append("- Why it matters: ").append(c.why()).append('\n')
                    .append("- Fix: ").append(c.fix()).append('\n')
                    .append("- Symptoms: ").append(symptoms(c)).append(" · section: ").append(c.section().id())
                    .append(" · severity: ").append(c.severity()).append(c.onPremisesOnly() ? " · on-premises mailboxes only" : "").append('\n')
                    .append("- Statuses: ").append(String.join(", ", d.statuses())).append('\n')
                    .append("- Facts read: ").append(d.factsRead().isEmpty() ? "(none)" : String.join(", ", d.factsRead())).append('\n')
                    .append(c.template() == null ? "" : "- Decided by the shared `" + c.template() + "` rules\n")
                    .append("- Source: ").append(c.source()).append('\n')
                    .append("- Defined in: `rules/").append(c.file()).append("`\n");
        }
        return md.toString();
    }

    static String symptoms(Check c) {
        Set<String> ids = new LinkedHashSet<>();
        for (Symptom s : Symptom.values()) {
            if (c.symptoms().contains(s)) {
                ids.add(s.id());
            }
        }
        return ids.stream().collect(Collectors.joining(", "));
    }
}
