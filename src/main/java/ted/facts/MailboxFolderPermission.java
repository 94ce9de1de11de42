package ted.facts;

import java.util.List;

/**
 * One entry of {@code Get-MailboxFolderPermission -Identity <user>:\Calendar | Format-List}. {@code Identity} is the
 * folder ({@code contoso.com/Users/Jane Doe:\Calendar}); {@code User} is whom the entry grants rights to, printed
 * as a display name, {@code Default} or {@code Anonymous}.
 */
public record MailboxFolderPermission(Ref Identity, String FolderName, Ref User, List<String> AccessRights) {

    public String mailboxKey() {
        return Identity == null ? "" : Identity.getKey();
    }

    public boolean grants(String right) {
        return AccessRights != null && AccessRights.stream().anyMatch(r -> r.trim().equalsIgnoreCase(right));
    }

    /** Editor, or a role holding every right Editor has (Owner, PublishingEditor). */
    public boolean grantsEditorOrMore() {
        return grants("Editor") || grants("Owner") || grants("PublishingEditor");
    }

    /** An entry for a named recipient or group, not the Default or Anonymous entry every folder has. */
    public boolean isForSomeone() {
        return User != null && !User.getRaw().equalsIgnoreCase("Default") && !User.getRaw().equalsIgnoreCase("Anonymous");
    }

    /**
     * True when this entry may stand for {@code who} without TED being able to tell: its name fits several recipients
     * and {@code who} is one of them, or it matches no recipient in the inputs at all (a group, or someone not
     * exported).
     */
    public boolean mayBeFor(Ref who) {
        if (!isForSomeone() || User.sameAs(who)) {
            return false;
        }
        return User.isAmbiguous() ? User.mightBe(who) : !User.isResolved();
    }
}
