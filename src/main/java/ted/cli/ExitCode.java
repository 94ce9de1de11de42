package ted.cli;

/** Exit codes, documented in --help: scripts tell a failed check from a broken run by them. */
public final class ExitCode {
    /** Every check in scope passed, or only warned, informed, was unknown or skipped. */
    public static final int OK = 0;
    /** At least one check failed: a documented cause was found. */
    public static final int CHECK_FAILED = 1;
    /** Usage error, no usable input, or broken rules: no diagnosis could be made. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
