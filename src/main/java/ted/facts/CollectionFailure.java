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
        int at = command.toLowerCase(java.util.Locale.ROOT).indexOf(Cmdlet.toLowerCase(java.util.Locale.ROOT));
        while (at >= 0) {
            int end = at + Cmdlet.length();
            boolean starts = at == 0 || !isNamePart(command.charAt(at - 1));
            boolean ends = end == command.length() || !isNamePart(command.charAt(end));
            if (starts && ends) {
                return true;
            }
            at = command.toLowerCase(java.util.Locale.ROOT).indexOf(Cmdlet.toLowerCase(java.util.Locale.ROOT), at + 1);
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
