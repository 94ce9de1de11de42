package ted.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled knowledge base plus the catalogue of checks its rules declare. Building the catalogue also enforces
 * the metadata contract, so a rule without its code or title never reaches an admin.
 */
public final class RuleBase {
    private final KieBase kieBase;
    private final List<RuleFile> files;
    private final Map<String, RuleLocation> locations;
    private final Map<String, Check> checks;

    RuleBase(KieBase kieBase, List<RuleFile> files) {
        this.kieBase = kieBase;
        this.files = files;
        this.locations = RuleLocation.index(files);
        this.checks = catalogue(kieBase, locations);
    }

    /** Metadata keys a rule may carry; anything else is a typo, or a name Drools takes for an annotation class. */
    private static final java.util.Set<String> KNOWN_KEYS = java.util.Set.of(RuleMetadata.CHECK, RuleMetadata.CODE,
            RuleMetadata.STATUS, RuleMetadata.PURPOSE, "title", "symptoms", "section", "step", "severity", "source", "what",
            "why", "fix", "scope");

    /**
     * Builds the catalogue and checks the metadata contract on every rule at once, so an author sees every problem
     * in one run, each as {@code file:line: message}.
     */
    private static Map<String, Check> catalogue(KieBase kieBase, Map<String, RuleLocation> locations) {
        Map<String, Check> byCode = new LinkedHashMap<>();
        List<Rule> verdicts = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String at = where(locations, rule);
                meta.keySet().stream().filter(k -> !KNOWN_KEYS.contains(k)).forEach(k -> problems.add(at + "rule \"" + rule.getName()
                        + "\" has metadata " + k + " TED does not know (Drools turns some names, such as @description, into "
                        + "annotation classes); use " + KNOWN_KEYS.stream().sorted().map(x -> "@" + x).collect(java.util.stream.Collectors.joining(" "))));
                try {
                    if (RuleMetadata.isDefinition(meta)) {
                        RuleLocation loc = locations.get(rule.getName());
                        Check check = RuleMetadata.definition(rule.getName(), meta, loc == null ? null : loc.file());
                        if (byCode.putIfAbsent(check.code(), check) != null) {
                            problems.add(at + "check " + check.code() + " is defined twice (rule \"" + rule.getName() + "\")");
                        }
                    } else if (RuleMetadata.isVerdict(meta)) {
                        verdicts.add(rule);
                    } else {
                        RuleMetadata.required(rule.getName(), meta, RuleMetadata.PURPOSE);
                    }
                } catch (RuleDefinitionException e) {
                    problems.add(at + e.getMessage());
                }
            }
        }
        for (Rule rule : verdicts) {
            String at = where(locations, rule);
            String code = String.valueOf(rule.getMetaData().get(RuleMetadata.CODE));
            if (!byCode.containsKey(code)) {
                problems.add(at + "rule \"" + rule.getName() + "\" gives a verdict for " + code
                        + ", which no rule defines; add rule \"" + code + "\" @defines(\"" + code + "\") with its documentation");
            }
            try {
                Status.parse(RuleMetadata.required(rule.getName(), rule.getMetaData(), RuleMetadata.STATUS));
            } catch (RuleDefinitionException | IllegalArgumentException e) {
                problems.add(at + "rule \"" + rule.getName() + "\": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RuleDefinitionException(String.join(System.lineSeparator(), problems));
        }
        Map<String, Check> ordered = new LinkedHashMap<>();
        byCode.values().stream().sorted(ORDER).forEach(c -> ordered.put(c.code(), c));
        return ordered;
    }

    private static String where(Map<String, RuleLocation> locations, Rule rule) {
        RuleLocation loc = locations.get(rule.getName());
        return loc == null ? "" : loc + ": ";
    }

    /** The guide's reading order: section, then step, then code. */
    public static final Comparator<Check> ORDER = Comparator.comparing(Check::section)
            .thenComparingInt(Check::step).thenComparing(Check::code);

    public KieBase kieBase() {
        return kieBase;
    }

    /** The DRL files, by the path they are reported under. */
    public List<String> files() {
        return files.stream().map(RuleFile::path).toList();
    }

    public List<RuleFile> ruleFiles() {
        return files;
    }

    /** Where a rule is written, for listings and error messages; null for a rule TED did not read from a file. */
    public RuleLocation location(String ruleName) {
        return locations.get(ruleName);
    }

    /** Every rule of the knowledge base. */
    public List<Rule> rules() {
        List<Rule> all = new java.util.ArrayList<>();
        kieBase.getKiePackages().forEach(p -> all.addAll(p.getRules()));
        all.sort(java.util.Comparator.comparing((Rule r) -> locations.getOrDefault(r.getName(), RuleLocation.NOWHERE).file())
                .thenComparingInt(r -> locations.getOrDefault(r.getName(), RuleLocation.NOWHERE).line()));
        return all;
    }

    /** Every check, in the guide's order. */
    public List<Check> checks() {
        return List.copyOf(checks.values());
    }

    public Check check(String code) {
        return checks.get(Objects.requireNonNull(code));
    }

    public Catalogue catalogue() {
        return new Catalogue(checks);
    }
}
