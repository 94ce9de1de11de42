package ted.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a command's result to {@code -o FILE}, or to standard output when no file is named. */
final class Output {
    private Output() {
    }

    /** The exit code: OK, or ERROR after saying on one line why the file could not be written. */
    static int write(CommandSpec spec, Path file, String text) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("ted: wrote " + file);
            return ExitCode.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("ted: " + file + ": cannot write: " + e.getMessage());
            return ExitCode.ERROR;
        }
    }
}
