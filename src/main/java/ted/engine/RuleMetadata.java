package ted.engine;

import java.util.Map;
import ted.facts.Symptom;

/**
 * Reads the metadata every check rule carries. The keys are the contract between rule authors and the tool:
 * {@code @code @title @status @symptoms @section @step @severity @source} and optionally {@code @scope("on-premises")}.
 * Rules that derive facts or decide for any check carry {@code @purpose} instead of {@code @code}.
 */
public final class RuleMetadata {
    public static final String CODE = "code";
    public static final String PURPOSE = "purpose";

    private RuleMetadata() {
    }

    public static boolean isCheckRule(Map<String, Object> meta) {
        return meta.containsKey(CODE);
    }

    public static Check checkOf(String ruleName, Map<String, Object> meta) {
        try {
            return new Check(required(ruleName, meta, CODE), required(ruleName, meta, "title"),
                    Symptom.parseList(required(ruleName, meta, "symptoms")), Section.parse(required(ruleName, meta, "section")),
                    Integer.parseInt(required(ruleName, meta, "step")), required(ruleName, meta, "severity"),
                    required(ruleName, meta, "source"), String.valueOf(meta.getOrDefault("scope", "any")));
        } catch (IllegalArgumentException e) {
            throw new RuleDefinitionException("rule \"" + ruleName + "\": " + e.getMessage());
        }
    }

    static String required(String ruleName, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new RuleDefinitionException("rule \"" + ruleName + "\" has no @" + key + " metadata");
        }
        return String.valueOf(value).trim();
    }
}
