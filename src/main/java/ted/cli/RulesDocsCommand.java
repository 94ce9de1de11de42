package ted.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.report.CheckDocsMarkdown;
import ted.engine.RuleBase;

/** {@code ted rules docs}: the Markdown check catalogue, generated from the rules. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the check catalogue as Markdown: every check's title, what it checks, why, fix, statuses, facts read, source and file.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "2:usage error or broken rules"})
public final class RulesDocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        RuleBase rules = ruleFolders.load(spec.commandLine().getErr());
        if (rules == null) {
            return ExitCode.ERROR;
        }
        String markdown = CheckDocsMarkdown.of(rules);
        return Output.write(spec, output, markdown);
    }
}
