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

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return JWT.matcher(BEARER.matcher(text).replaceAll("$1 ***")).replaceAll("***");
    }
}
