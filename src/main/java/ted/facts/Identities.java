package ted.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Spelling rules shared by every identity form Exchange prints. */
public final class Identities {
    private Identities() {
    }

    /**
     * Lower-cases and strips what varies between exports of the same name: an {@code SMTP:} prefix, a folder
     * suffix such as {@code :\Calendar}, surrounding quotes and blanks.
     */
    public static String normalize(String name) {
        String s = name.trim();
        if (s.length() > 1 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1).trim();
        }
        if (s.regionMatches(true, 0, "smtp:", 0, 5)) {
            s = s.substring(5);
        }
        int folder = s.indexOf(":\\");
        if (folder > 0) {
            s = s.substring(0, folder);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code CN=Jane Doe,OU=Users,DC=contoso,DC=com} becomes {@code contoso.com/Users/Jane Doe}; null when not a DN. */
    public static String canonicalFromDn(String dn) {
        if (dn == null || !dn.regionMatches(true, 0, "CN=", 0, 3)) {
            return null;
        }
        List<String> path = new ArrayList<>();
        List<String> domain = new ArrayList<>();
        for (String part : splitDn(dn)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String type = part.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim().replace("\\,", ",");
            if (type.equals("DC")) {
                domain.add(value);
            } else {
                path.add(value);
            }
        }
        if (domain.isEmpty()) {
            return null;
        }
        Collections.reverse(path);
        return String.join(".", domain) + "/" + String.join("/", path);
    }

    private static List<String> splitDn(String dn) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\' && i + 1 < dn.length()) {
                current.append(c).append(dn.charAt(++i));
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
