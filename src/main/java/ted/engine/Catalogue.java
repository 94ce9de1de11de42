package ted.engine;

import java.util.Collection;
import java.util.Map;

/** Every check by code, as the definitions declare them; set as the {@code catalogue} global of every session. */
public final class Catalogue {
    private final Map<String, Check> byCode;

    Catalogue(Map<String, Check> byCode) {
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
