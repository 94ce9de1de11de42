package ted.read;

/**
 * How large or deep any input may be, in every reader, so a hostile or broken file ends in one line naming it rather
 * than a hang, an OutOfMemoryError or a StackOverflowError. Each limit is far above what a real export reaches (a
 * facts file that {@code ted import} writes for 100,000 mailboxes reads back) and far below what hurts.
 */
public final class Limits {
    /** Nesting of objects and lists: Export-Clixml -Depth rarely passes 10; a file nested deeper is refused. */
    public static final int MAX_DEPTH = 200;
    /** Characters in one value (a certificate's bytes, a multi-line Detail): a few KB in practice. */
    public static final int MAX_VALUE_CHARS = 8 * 1024 * 1024;
    /** Characters in one line of Format-List text or YAML. */
    public static final int MAX_LINE_CHARS = 1024 * 1024;
    /** Characters in one facts file (YAML or JSON), which is read whole; exports stream and have no such limit. */
    public static final int MAX_FACTS_FILE_CHARS = 1024 * 1024 * 1024;

    private Limits() {
    }
}
