package ted.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ted rules}: list, check, test and document the knowledge base, built-in rules and rule folders alike. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Work with the rules: list them, check a rule folder, run rule tests, write the check catalogue, compare two rule sets on a case library, start a new check.",
        subcommands = {RulesListCommand.class, RulesCheckCommand.class, RulesTestCommand.class, RulesDocsCommand.class,
                RulesDiffCommand.class, RulesNewCommand.class})
public final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
