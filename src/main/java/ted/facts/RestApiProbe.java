package ted.facts;

import java.net.URI;
import java.util.Locale;

/**
 * An unauthenticated request to the on-premises REST endpoint from outside the network, e.g.
 * {@code curl -s -o /dev/null -w "%{http_code}" https://mail.contoso.com/api}. A published endpoint answers 401.
 */
public record RestApiProbe(String Url, Integer StatusCode, String Error) {

    /** A published REST endpoint answers an unauthenticated request with 401 Unauthorized. */
    public boolean answered401() {
        return StatusCode != null && StatusCode == 401;
    }

    public String host() {
        try {
            String h = Url == null ? null : URI.create(Url.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
