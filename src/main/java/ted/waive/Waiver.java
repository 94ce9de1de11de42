package ted.waive;

import java.time.LocalDate;

/**
 * A known exception an admin accepts for a while: the check it covers, optionally only for one user (and delegate),
 * why, and until when. A public contract (docs/waivers.md):
 * {@code waivers: [{code: DELEGATE_SEND_ON_BEHALF, user: jane.doe@contoso.com, reason: "...", expires: 2027-03-31}]}.
 *
 * @param user     any of the person's names (UPN, SMTP address, alias, display name, DN), or null for everyone
 * @param delegate likewise for the delegate, or null for any
 * @param expires  the last day the waiver applies
 * @param where    the file and entry it came from, for messages
 */
public record Waiver(String code, String user, String delegate, String reason, LocalDate expires, String where) {
}
