package ted.facts;

import java.net.URI;
import java.util.Locale;

/**
 * One Autodiscover V2 answer, from
 * {@code Invoke-RestMethod "https://outlook.office365.com/autodiscover/autodiscover.json?Email=<addr>&Protocol=EWS&RedirectCount=5" -UserAgent Teams}.
 * The answer does not name the address it was asked for, so {@code EmailAddress} records it; {@code Error} holds
 * the error text when the request failed.
 */
public record AutodiscoverResponse(Ref EmailAddress, String Protocol, String Url, String Error) {

    public String key() {
        return EmailAddress == null ? "" : EmailAddress.getKey();
    }

    /** True when the request failed or gave no usable URL (the DRL cannot say {@code Error}: it names java.lang.Error). */
    public boolean failed() {
        return Error != null && !Error.isBlank() || host() == null;
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
