package ted.engine;

/**
 * A rule that threw while the engine evaluated it (in a condition or in its consequence), with where it is written.
 * The diagnosis goes on without it; the checks it decides are reported as {@link Status#ERROR}.
 *
 * @param rule     the rule's name
 * @param location {@code file:line}, or null when the rule was not read from a file
 * @param message  what went wrong, one line
 */
public record RuleError(String rule, String location, String message) {

    /** {@code rule "NAME" (file:line)}: which rule, and where to open it. */
    public String where() {
        return "rule \"" + rule + "\"" + (location == null ? "" : " (" + location + ")");
    }

    @Override
    public String toString() {
        return where() + " failed: " + message;
    }
}
