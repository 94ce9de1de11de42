package ted.redact;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Holds back what a redacted run says on stderr until the redactor has learned every name in the facts, then says it
 * redacted: messages printed while the files are read would otherwise name the people before the redactor knew them.
 * Once released, every later line is redacted as it is completed (a scan goes on talking after it has learned).
 */
public final class DeferredRedaction {
    private final PrintWriter target;
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder held = new StringBuilder();
    private Redactor redactor;
    private final PrintWriter writer = new PrintWriter(new Writer() {
        @Override
        public void write(char[] chars, int off, int len) {
            accept(chars, off, len);
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }, true);

    public DeferredRedaction(PrintWriter target) {
        this.target = target;
    }

    /** Where to write meanwhile. */
    public PrintWriter writer() {
        return writer;
    }

    /** Writes everything held, each line redacted by {@code redactor}, and every later line as it comes. */
    public synchronized void release(Redactor redactor) {
        writer.flush();
        this.redactor = redactor;
        held.toString().lines().forEach(l -> target.println(redactor.redact(l)));
        held.setLength(0);
        if (!line.isEmpty()) {
            target.print(redactor.redact(line.toString()));
            line.setLength(0);
        }
        target.flush();
    }

    private synchronized void accept(char[] chars, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (c == '\n') {
                String complete = line.toString();
                line.setLength(0);
                if (redactor == null) {
                    held.append(complete).append('\n');
                } else {
                    target.println(redactor.redact(complete.endsWith("\r") ? complete.substring(0, complete.length() - 1) : complete));
                }
            } else {
                line.append(c);
            }
        }
    }
}
