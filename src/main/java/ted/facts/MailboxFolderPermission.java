package ted.facts;

import java.util.List;

/**
 * One entry of {@code Get-MailboxFolderPermission -Identity <user>:\Calendar | Format-List}. {@code Identity} is the
 * folder ({@code contoso.com/Users/Jane Doe:\Calendar}); {@code User} is whom the entry grants rights to, printed
 * as a display name, {@code Default} or {@code Anonymous}. {@code SharingPermissionFlags} ({@code Delegate},
 * {@code CanViewPrivateItems}) marks an entry Outlook's delegate dialog made: an org-wide scan finds delegate pairs by it.
 */
public record MailboxFolderPermission(Ref Identity, String FolderName, Ref User, List<String> AccessRights,
                                      List<String> SharingPermissionFlags) {

    /** An entry without sharing flags (what most exports and facts files hold). */
    public MailboxFolderPermission(Ref Identity, String FolderName, Ref User, List<String> AccessRights) {
        this(Identity, FolderName, User, AccessRights, null);
    }

    /** True when Outlook's delegate dialog made this entry: its SharingPermissionFlags include Delegate. */
    public boolean marksDelegate() {
        return SharingPermissionFlags != null && SharingPermissionFlags.stream()
                .anyMatch(f -> f != null && f.toLowerCase(java.util.Locale.ROOT).contains("delegate"));
    }

    public String mailboxKey() {
        return Identity == null ? "" : Identity.getKey();
    }

    /**
     * Folders other than the calendar that a delegate's entries are often exported from: Outlook's delegate dialog sets
     * rights on Inbox, Tasks, Contacts and Notes too. Names as English, German, French and Spanish mailboxes show them.
     */
    private static final java.util.Set<String> OTHER_FOLDERS = java.util.Set.of("inbox", "tasks", "contacts", "notes",
            "journal", "sent items", "deleted items", "drafts", "outbox", "junk email", "top of information store",
            "posteingang", "aufgaben", "kontakte", "notizen", "boîte de réception", "tâches", "bandeja de entrada", "tareas",
            "contactos", "notas");

    /**
     * The key of the mailbox whose calendar this entry is on; null for an entry on another folder, which says nothing
     * about what the delegate may do on the calendar. A folder TED does not know by name (a localised calendar such as
     * Kalender) counts as the calendar: the collect script exports the calendar's entries and no other folder's.
     */
    public String calendarOf() {
        String folder = folder();
        return folder != null && OTHER_FOLDERS.contains(folder.toLowerCase(java.util.Locale.ROOT)) ? null : mailboxKey();
    }

    /** FolderName, else the path after ":\" in Identity ({@code jane.doe@contoso.com:\Inbox}); null when neither says. */
    private String folder() {
        if (FolderName != null && !FolderName.isBlank()) {
            return FolderName.strip();
        }
        String raw = Identity == null ? null : Identity.getRaw();
        int at = raw == null ? -1 : raw.indexOf(":\\");
        return at < 0 ? null : raw.substring(at + 2).strip();
    }

    /** Folder roles and the single rights Exchange composes them of: anything else is a typo or a broken export. */
    public static final java.util.Set<String> KNOWN_RIGHTS = java.util.Set.of("none", "owner", "publishingeditor", "editor",
            "publishingauthor", "author", "noneditingauthor", "reviewer", "contributor",
            "availabilityonly", "limiteddetails", "readitems", "createitems", "editowneditems", "deleteowneditems",
            "editallitems", "deleteallitems", "createsubfolders", "folderowner", "foldercontact", "foldervisible");

    /** The values of AccessRights that are no folder role or right, e.g. {@code Editr}. */
    public java.util.List<String> unknownRights() {
        return unknownRights(AccessRights);
    }

    /** The values in {@code rights} that are no folder role or right; readers use it before a fact exists. */
    public static java.util.List<String> unknownRights(java.util.List<String> rights) {
        return rights == null ? java.util.List.of() : rights.stream()
                .filter(r -> r == null || !KNOWN_RIGHTS.contains(r.trim().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** What the readers say about such a value, whichever form it came in. */
    public static String notARole(String right) {
        return "AccessRights '" + right + "' is not a folder role; the entry's rights are treated as unknown";
    }

    /** True when AccessRights was collected and every value in it is a folder role or right TED can judge. */
    public boolean rightsReadable() {
        return AccessRights != null && unknownRights().isEmpty();
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
