package ted.cli;

import java.io.PrintWriter;
import ted.read.ReadResult;
import ted.read.SourceSummary;

/** Tells the admin, on stderr, what each input file was read as and what TED had to interpret in it. */
final class SourceLines {
    private SourceLines() {
    }

    static void print(ReadResult read, PrintWriter err) {
        for (SourceSummary s : read.sources()) {
            err.println("ted: read " + s.file() + " as " + s.readAs() + " (" + s.objects() + (s.objects() == 1 ? " object)" : " objects)"));
            s.notes().forEach(n -> err.println("ted: note: " + n));
        }
    }
}
