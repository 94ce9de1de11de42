package ted.facts;

import java.util.List;
import java.util.stream.Collectors;

/** Writes values into PowerShell commands so a pasted fix runs as printed. */
public final class PowerShell {
    private PowerShell() {
    }

    /** Single-quotes a value when it holds anything PowerShell would split or expand (spaces, $, quotes, ...). */
    public static String quote(String value) {
        if (value == null) {
            return "''";
        }
        if (value.matches("[A-Za-z0-9@._:\\\\/+-]+")) {
            return value;
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code "a","b"} for {@code @{Add=...}} hash-table arguments. */
    public static String list(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\"", "`\"") + "\"").collect(Collectors.joining(","));
    }
}
