package ted.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.read.FactsDocument;
import ted.read.FactsFileReader;
import ted.read.FactsFileWriter;
import ted.read.ReadResult;

/** {@code ted import}: turn exports into one facts file, for review, hand editing or a ticket. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads exports (Export-Clixml, ConvertTo-Json, Format-List text) and facts files, and writes the facts "
                + "they amount to as one facts file. Diagnosing that file gives the same statuses as diagnosing the exports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the facts file was written", "2:usage error, no usable input, or a path named that could not be read "
                + "(the facts file is still written from the others)"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files, facts files, or folders of them.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the facts file (default: standard output).")
    Path output;

    @Option(names = "--symptom", paramLabel = "SYMPTOM", description = "Write this into the case section.")
    String symptom;

    @Option(names = "--user", paramLabel = "UPN", description = "Write this into the case section.")
    String user;

    @Option(names = "--delegate", paramLabel = "UPN", description = "Write this into the case section.")
    String delegate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = new FactsFileReader().read(paths);
        read.problems().forEach(p -> err.println("ted: " + p));
        if (read.nothingUsable()) {
            SourceLines.printSkipped(read, err);
            return ExitCode.ERROR;
        }
        SourceLines.print(read, err);
        FactsDocument.CaseSection caseSection = new FactsDocument.CaseSection(
                symptom != null ? symptom : read.facts().symptom(), user != null ? user : read.facts().user(),
                delegate != null ? delegate : read.facts().delegate(), read.facts().asOf(), read.facts().scope());
        boolean emptyCase = caseSection.symptom() == null && caseSection.user() == null && caseSection.delegate() == null
                && caseSection.asOf() == null && caseSection.scope() == null;
        String text = new FactsFileWriter().write(read.facts(), emptyCase ? null : caseSection,
                read.sources().stream().map(s -> s.file() + " (" + s.readAs() + ")").toList());
        int written = Output.write(spec, output, text);
        if (written == ExitCode.OK && !read.unreadable().isEmpty()) {
            // As for diagnose: the file is written from what could be read, and a mistyped path still fails the run.
            err.println("ted: " + String.join(", ", read.unreadable()) + ": named but not read (see above); the facts file holds the other inputs only");
            return ExitCode.ERROR;
        }
        return written;
    }
}
