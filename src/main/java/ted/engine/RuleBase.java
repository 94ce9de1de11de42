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
    private final List<String> files;
    private final Map<String, Check> checks;

    RuleBase(KieBase kieBase, List<String> files) {
        this.kieBase = kieBase;
        this.files = files;
        this.checks = catalogue(kieBase);
    }

    private static Map<String, Check> catalogue(KieBase kieBase) {
        Map<String, Check> byCode = new LinkedHashMap<>();
        List<Rule> verdicts = new java.util.ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (RuleMetadata.isDefinition(meta)) {
                    Check check = RuleMetadata.definition(rule.getName(), meta, fileOf(rule));
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

    /** The DRL file a rule came from, as it was reported when compiled. */
    static String fileOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            return impl.getResource().getSourcePath();
        }
        return null;
    }

    /** The guide's reading order: section, then step, then code. */
    public static final Comparator<Check> ORDER = Comparator.comparing(Check::section)
            .thenComparingInt(Check::step).thenComparing(Check::code);

    public KieBase kieBase() {
        return kieBase;
    }

    public List<String> files() {
        return files;
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
