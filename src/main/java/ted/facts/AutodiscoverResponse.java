package ted.facts;

import java.net.URI;
import java.util.Locale;

/**
 * One Autodiscover V2 answer, from
 * {@code Invoke-RestMethod "https://outlook.office365.com/autodiscover/autodiscover.json?Email=<addr>&Protocol=EWS&RedirectCount=5" -UserAgent Teams}.
 * The answer does not name the address it was asked for, so {@code EmailAddress} records it; {@code Error} holds
 * the error text of an HTTP answer that was not a URL.
 * <p>
 * Where the request ran matters: Exchange Online redirects an on-premises mailbox to the on-premises Autodiscover, and a
 * request from inside the network follows that redirect through internal DNS, past the firewall Teams must cross; so
 * {@code RunFrom} says {@code outside} (the internet, as Teams asks), {@code inside} (the corporate network, as the
 * collect script asks) or nothing (facts written by hand, older collections: taken as outside, with a note).
 * {@code StatusCode} is the HTTP status the request saw, and {@code TransportError} a failure before any HTTP answer
 * (TLS 1.2 not enabled in .NET, a proxy, DNS), which says something about the machine that asked, not about Autodiscover.
 */
public record AutodiscoverResponse(Ref EmailAddress, String Protocol, String Url, String Error, Integer StatusCode,
                                   String TransportError, String RunFrom) {

    public AutodiscoverResponse(Ref EmailAddress, String Protocol, String Url, String Error) {
        this(EmailAddress, Protocol, Url, Error, null, null, null);
    }

    public String key() {
        return EmailAddress == null ? "" : EmailAddress.getKey();
    }

    /** The same answer recorded for another address (the collect script's answer names none; the file name may). */
    public AutodiscoverResponse forAddress(Ref address) {
        return new AutodiscoverResponse(address, Protocol, Url, Error, StatusCode, TransportError, RunFrom);
    }

    /** True when the request failed or gave no usable URL (the DRL cannot say {@code Error}: it names java.lang.Error). */
    public boolean failed() {
        return Error != null && !Error.isBlank() || transportFailed() || host() == null;
    }

    /** True when the request never got an HTTP answer: the asking machine's network or .NET failed, not Autodiscover. */
    public boolean transportFailed() {
        return TransportError != null && !TransportError.isBlank();
    }

    /** True when the request ran inside the network, where it reaches Autodiscover past the firewall Teams must cross. */
    public boolean ranInside() {
        return RunFrom != null && RunFrom.trim().equalsIgnoreCase("inside");
    }

    /** True when the answer does not say where the request ran. */
    public boolean placeUnknown() {
        return RunFrom == null || RunFrom.isBlank();
    }

    /** True when the answer shows what Teams sees: asked from outside (or not said) and answered over HTTP. */
    public boolean decides() {
        return !ranInside() && !transportFailed();
    }

    /** The host the URL points at, lower-cased; null when there is no usable URL. */
    public String host() {
        if (Url == null || Url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(Url.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
