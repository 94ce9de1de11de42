package ted.engine;

import java.util.Collection;
import java.util.Map;

/** Every check by code, as the definitions declare them; set as the {@code checks} global of every session. */
public final class Checks {
    private final Map<String, Check> byCode;

    Checks(Map<String, Check> byCode) {
        this.byCode = byCode;
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
