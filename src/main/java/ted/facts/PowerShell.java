package ted.facts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes values into PowerShell commands so a pasted fix runs as printed and nothing in a value runs at all.
 *
 * <p>Every value taken from the inputs is a single-quoted string: PowerShell expands nothing inside one ({@code $(...)},
 * {@code $var}, backticks), and the only character that ends it is a single quote, which is escaped by doubling.
 * PowerShell treats the typographic quotes U+2018 to U+201B as single quotes too (a name pasted from Outlook, such
 * as O’Brien, carries one), so they are doubled as well.
 */
public final class PowerShell {
    private PowerShell() {
    }

    /** {@code 'value'}, with every single-quote character doubled; a missing value is the empty string. */
    public static String quote(String value) {
        if (value == null) {
            return "''";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (isSingleQuote(c)) {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** {@code 'a','b'}, for {@code @{Add=...}} hash-table arguments. */
    public static String list(List<String> values) {
        return values.stream().map(PowerShell::quote).collect(Collectors.joining(","));
    }

    /** A value the admin must fill in, quoted so that a paste without filling it in fails instead of half-running. */
    public static String placeholder(String what) {
        return quote("<" + what + ">");
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c >= '\u2018' && c <= '\u201B';
    }
}
