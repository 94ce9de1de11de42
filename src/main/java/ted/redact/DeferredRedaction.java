package ted.redact;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Holds back what a redacted run says on stderr until the redactor has learned every name in the facts, then says it
 * redacted: messages printed while the files are read would otherwise name the people before the redactor knew them.
 */
public final class DeferredRedaction {
    private final PrintWriter target;
    private final StringWriter held = new StringWriter();
    private final PrintWriter writer = new PrintWriter(held, true);

    public DeferredRedaction(PrintWriter target) {
        this.target = target;
    }

    /** Where to write meanwhile. */
    public PrintWriter writer() {
        return writer;
    }

    /** Writes everything held, each line redacted. */
    public void release(Redactor redactor) {
        writer.flush();
        held.toString().lines().forEach(line -> target.println(redactor.redact(line)));
        held.getBuffer().setLength(0);
        target.flush();
    }
}
