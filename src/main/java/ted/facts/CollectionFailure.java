package ted.facts;

/**
 * A cmdlet the collect script ran that failed (CollectionErrors-Exchange.json, CollectionErrors-Teams.json, or the
 * older CollectionErrors.json): not configuration, but the reason a check that needed its output can only say
 * {@code unknown}, which the report shows beside that check. {@code Identity} is the object it failed for (an address,
 * a server) when it ran object by object, so only the checks about that object are explained by it; {@code Count} is
 * how many objects failed in all when only the first were listed; a record with only a {@code Note} says that a part
 * was skipped (its cmdlets were not loaded in that shell), which is no failure.
 */
public record CollectionFailure(String Cmdlet, String Identity, String Error, String Category, Integer Count, String Note, String file) {

    public CollectionFailure(String Cmdlet, String Error, String file) {
        this(Cmdlet, null, Error, null, null, null, file);
    }

    public CollectionFailure from(String source) {
        return new CollectionFailure(Cmdlet, Identity, Error, Category, Count, Note, source);
    }

    /** A note (a part skipped), not a failure. */
    public boolean isNote() {
        return Cmdlet == null && Note != null;
    }

    /** True when it failed for one object, not for the whole command. */
    public boolean hasIdentity() {
        return Identity != null && !Identity.isBlank();
    }

    /** The error with its category, as the report shows it. */
    public String reason() {
        String text = Error == null || Error.isBlank() ? "no reason given" : Error;
        return Category == null || Category.isBlank() || text.contains(Category) ? text : text + " (" + Category + ")";
    }

    /** True when {@code command} runs this cmdlet (as a whole word: Get-Mailbox is not Get-MailboxFolderPermission). */
    public boolean isRunBy(String command) {
        if (Cmdlet == null || command == null) {
            return false;
        }
        String text = command.toLowerCase(java.util.Locale.ROOT);
        String name = Cmdlet.toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !isNamePart(text.charAt(at - 1))) && (end == text.length() || !isNamePart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
