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
}
