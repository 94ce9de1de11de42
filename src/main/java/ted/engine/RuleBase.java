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
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (!RuleMetadata.isCheckRule(meta)) {
                    RuleMetadata.required(rule.getName(), meta, RuleMetadata.PURPOSE);
                    continue;
                }
                Check check = RuleMetadata.checkOf(rule.getName(), meta);
                RuleMetadata.required(rule.getName(), meta, "status");
                Status.parse(String.valueOf(meta.get("status")));
                Check earlier = byCode.putIfAbsent(check.code(), check);
                if (earlier != null && !earlier.equals(check)) {
                    throw new RuleDefinitionException("rule \"" + rule.getName() + "\" describes check " + check.code()
                            + " differently from another rule of the same code; title, symptoms, section, step, severity,"
                            + " source and scope must agree");
                }
            }
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
}
