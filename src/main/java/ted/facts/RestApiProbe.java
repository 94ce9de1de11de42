package ted.facts;

import java.net.URI;
import java.util.Locale;

/**
 * An unauthenticated request to the on-premises REST endpoint, e.g. {@code Invoke-WebRequest https://mail.contoso.com/api}.
 * A published endpoint answers 401 <em>to a request from the internet</em>; {@code RunFrom} says where this one ran:
 * {@code outside} (the internet, as Teams sees it), {@code inside} (the corporate network, as the collect script runs it)
 * or null (not said: facts written by hand, older collections), which TED takes as outside and says so.
 * {@code TransportError} is a failure before any HTTP answer (TLS 1.2 not enabled in .NET, a proxy, DNS on the asking
 * machine): it says something about the machine that asked, not about the endpoint, so it decides nothing.
 */
public record RestApiProbe(String Url, Integer StatusCode, String Error, String RunFrom, String TransportError) {

    public RestApiProbe(String Url, Integer StatusCode, String Error) {
        this(Url, StatusCode, Error, null, null);
    }

    public RestApiProbe(String Url, Integer StatusCode, String Error, String RunFrom) {
        this(Url, StatusCode, Error, RunFrom, null);
    }

    /** True when the request never got an HTTP answer: the asking machine's network or .NET failed, not the endpoint. */
    public boolean transportFailed() {
        return TransportError != null && !TransportError.isBlank();
    }

    /** True when the probe shows what Teams sees: run from outside (or not said) and answered over HTTP. */
    public boolean decides() {
        return !ranInside() && !transportFailed();
    }

    /** True when the probe ran inside the network, where it shows what the server says but not what the firewall publishes. */
    public boolean ranInside() {
        return RunFrom != null && RunFrom.trim().equalsIgnoreCase("inside");
    }

    /** True when the probe does not say where it ran. */
    public boolean placeUnknown() {
        return RunFrom == null || RunFrom.isBlank();
    }

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
