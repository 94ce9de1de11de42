package ted.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ted.read.ReadResult;
import ted.redact.Redactor;

/** Teaches a command's redactor where its inputs are, before anything is said about them. */
final class InputRedaction {
    private InputRedaction() {
    }

    /** A redactor that knows the paths named on the command line (as given and absolute). */
    static Redactor withPaths(List<Path> paths) {
        Redactor redactor = new Redactor();
        for (Path p : paths) {
            if (!p.toString().equals("-")) {
                redactor.input(p.toString(), p.toAbsolutePath().normalize().toString(), Files.isDirectory(p));
            }
        }
        return redactor;
    }

    /** Every file the reading named, so its folder disappears from notes and messages that quote it. */
    static void files(ReadResult read, Redactor redactor) {
        read.sources().forEach(s -> redactor.inputFile(s.file()));
        read.problems().forEach(p -> redactor.inputFile(p.file()));
        read.skipped().forEach(s -> redactor.inputFile(s.file()));
    }
}
