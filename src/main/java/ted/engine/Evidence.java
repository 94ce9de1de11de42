package ted.engine;

import java.util.Collection;
import java.util.stream.Collectors;
import ted.facts.Secrets;

/**
 * One fact value a rule looked at: where it came from (the cmdlet or test and the object), which property,
 * and the value as Format-List would show it.
 */
public record Evidence(String source, String property, String value) {

    /** Credentials in a value (a bearer token inside a test's Detail) are masked: evidence ends up in tickets. */
    public static Evidence of(String source, String property, Object value) {
        return new Evidence(source, property, Secrets.mask(show(value)));
    }

    /** Format-List conventions, so admins recognize the values: blank for null, {a, b} for lists. */
    static String show(Object value) {
        if (value == null) {
            return "(null)";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> v == null ? "" : String.valueOf(v)).collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return property == null || property.isEmpty() ? source + ": " + value : source + " " + property + " = " + value;
    }
}
