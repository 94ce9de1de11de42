package ted.engine;

import java.util.Collection;
import java.util.Map;

/** Every check by code, as the definitions declare them; set as the {@code checks} global of every session. */
public final class Checks {
    private final Map<String, Check> byCode;
    /** Each rule's place in the knowledge base, by name: which of two verdicts that hold was written first. */
    private final Map<String, Integer> declared;

    Checks(Map<String, Check> byCode, Map<String, Integer> declared) {
        this.byCode = byCode;
        this.declared = declared;
    }

    /** Where {@code ruleName} stands in the order rules are declared; rules not read from a file come last. */
    int declaredAt(String ruleName) {
        return declared.getOrDefault(ruleName, Integer.MAX_VALUE);
    }

    public Check get(String code) {
        Check check = byCode.get(code);
        if (check == null) {
            throw new RuleDefinitionException("no check definition for code " + code);
        }
        return check;
    }

    public boolean has(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Check> all() {
        return byCode.values();
    }
}
