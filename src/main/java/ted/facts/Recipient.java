package ted.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Every name one recipient is known by across the exports; built by the identity resolver. */
public record Recipient(String UserPrincipalName, String PrimarySmtpAddress, String Alias, String DisplayName,
                        String CanonicalName, String DistinguishedName) {

    /** The stable key: the first unique identifier known, lower-cased. */
    public String key() {
        return Identities.normalize(Stream.of(UserPrincipalName, PrimarySmtpAddress, CanonicalName, DistinguishedName, Alias, DisplayName)
                .filter(Objects::nonNull).findFirst().orElse("?"));
    }

    /** Names that identify one recipient in an organization (display names may repeat, so they are kept apart). */
    public List<String> uniqueNames() {
        List<String> names = new ArrayList<>();
        Stream.of(UserPrincipalName, PrimarySmtpAddress, Alias, CanonicalName, DistinguishedName,
                        Identities.canonicalFromDn(DistinguishedName))
                .filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    public Recipient merge(Recipient o) {
        return new Recipient(first(UserPrincipalName, o.UserPrincipalName), first(PrimarySmtpAddress, o.PrimarySmtpAddress),
                first(Alias, o.Alias), first(DisplayName, o.DisplayName), first(CanonicalName, o.CanonicalName),
                first(DistinguishedName, o.DistinguishedName));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
