package ted.facts;

import java.util.regex.Pattern;

/**
 * Hides credentials that exports sometimes carry in free text (a Test-OAuthConnectivity Detail with the token it sent,
 * an error quoting an Authorization header), so a report pasted into a ticket never leaks one.
 */
public final class Secrets {
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(Bearer|Basic|Negotiate)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]*");

    private Secrets() {
    }

    /** Every value of an org-wide export passes through here: the regular expressions run only where a token may be. */
    private static boolean mayHoldOne(String text) {
        if (text.contains("eyJ")) {
            return true;
        }
        // "Bearer <token>" needs a blank after the word; identifiers (UPNs, GUIDs, DNs) have none.
        if (!hasBlank(text)) {
            return false;
        }
        for (int i = 0; i + 5 <= text.length(); i++) {
            char c = text.charAt(i);
            // Only a B or an N can start one of the words: the case-blind comparisons run at those letters alone.
            if ((c == 'b' || c == 'B') && (text.regionMatches(true, i, "Bearer", 0, 6) || text.regionMatches(true, i, "Basic", 0, 5))
                    || (c == 'n' || c == 'N') && text.regionMatches(true, i, "Negotiate", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** A loop, not a stream: it runs for every value of every finding of every subject of a scan. */
    private static boolean hasBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static String mask(String text) {
        if (text == null || !mayHoldOne(text)) {
            return text;
        }
        return JWT.matcher(BEARER.matcher(text).replaceAll("$1 ***")).replaceAll("***");
    }
}
