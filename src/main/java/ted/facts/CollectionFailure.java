package ted.facts;

/**
 * A cmdlet the collect script ran that failed (CollectionErrors.json): not configuration, but the reason a check that
 * needed its output can only say {@code unknown}, which the report shows beside that check.
 */
public record CollectionFailure(String Cmdlet, String Error, String file) {

    public CollectionFailure from(String source) {
        return new CollectionFailure(Cmdlet, Error, source);
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
