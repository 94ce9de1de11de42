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

    private static Map<String, Check> catalogue(KieBase kieBase, Map<String, RuleLocation> locations) {
        Map<String, Check> byCode = new LinkedHashMap<>();
        List<Rule> verdicts = new java.util.ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (RuleMetadata.isDefinition(meta)) {
                    RuleLocation at = locations.get(rule.getName());
                    Check check = RuleMetadata.definition(rule.getName(), meta, at == null ? null : at.file());
                    if (byCode.putIfAbsent(check.code(), check) != null) {
                        throw new RuleDefinitionException("check " + check.code() + " is defined twice (rule \"" + rule.getName() + "\")");
                    }
                } else if (RuleMetadata.isVerdict(meta)) {
                    verdicts.add(rule);
                } else {
                    RuleMetadata.required(rule.getName(), meta, RuleMetadata.PURPOSE);
                }
            }
        }
        for (Rule rule : verdicts) {
            String code = RuleMetadata.required(rule.getName(), rule.getMetaData(), RuleMetadata.CODE);
            if (!byCode.containsKey(code)) {
                throw new RuleDefinitionException("rule \"" + rule.getName() + "\" gives a verdict for " + code
                        + ", which no rule defines; add rule \"" + code + "\" @defines(\"" + code + "\") with its documentation");
            }
            Status.parse(RuleMetadata.required(rule.getName(), rule.getMetaData(), RuleMetadata.STATUS));
        }
        Map<String, Check> ordered = new LinkedHashMap<>();
        byCode.values().stream().sorted(ORDER).forEach(c -> ordered.put(c.code(), c));
        return ordered;
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
