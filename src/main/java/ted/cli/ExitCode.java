package ted.cli;

/**
 * Exit codes, in one table in README ("Exit codes"), which --help and docs/scan.md point at: scripts tell a failed
 * check from a broken run, and both from a run that decided nothing, by them.
 */
public final class ExitCode {
    /** Something was decided (a check passed, warned or failed) and no check is in a --fail-on status. */
    public static final int OK = 0;
    /** At least one check is in a --fail-on status (default fail or error) and no waiver covers it. */
    public static final int CHECK_FAILED = 1;
    /** Usage error, an input that could not be read, no usable input, or broken rules: the run cannot be trusted. */
    public static final int ERROR = 2;
    /**
     * Nothing was decided: no check passed, warned or failed (only unknown, skipped, info). A CI job must not take that
     * for a pass: the inputs were the wrong ones or too few.
     */
    public static final int NOTHING_DECIDED = 3;

    private ExitCode() {
    }

    /**
     * The one exit code for a finished run. A broken run (an input named that could not be read, broken rules, a report
     * not written) is 2 even when a check failed: its report is incomplete, and a CI job must fix the run before it can
     * trust any verdict. A failed check is 1 even when everything else is unknown: that failure was decided, and it is
     * what the admin must fix. Only a run with no verdict at all is 3.
     */
    public static int of(boolean broken, boolean failed, boolean decided) {
        if (broken) {
            return ERROR;
        }
        if (failed) {
            return CHECK_FAILED;
        }
        return decided ? OK : NOTHING_DECIDED;
    }
}
