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
            // One line per file, its notes folded in: a capture folder must not bury the report in stderr.
            String notes = s.notes().stream().map(n -> n.startsWith(s.file() + ": ") ? n.substring(s.file().length() + 2) : n)
                    .distinct().collect(java.util.stream.Collectors.joining("; "));
            err.println("ted: read " + s.file() + " as " + s.readAs() + " (" + s.objects() + (s.objects() == 1 ? " object)" : " objects)")
                    + (notes.isEmpty() ? "" : "; note: " + notes));
        }
        printSkipped(read, err);
    }

    /** One line for every file that held nothing TED reads: a capture folder has dozens, and none is a fault. */
    static void printSkipped(ReadResult read, PrintWriter err) {
        if (read.skipped().isEmpty()) {
            return;
        }
        err.println("ted: skipped " + read.skipped().size() + (read.skipped().size() == 1 ? " file" : " files")
                + " holding nothing TED reads: " + read.skipped().stream()
                .map(f -> java.nio.file.Path.of(f.file()).getFileName() + " (" + f.why() + ")")
                .collect(java.util.stream.Collectors.joining("; ")));
    }
}
