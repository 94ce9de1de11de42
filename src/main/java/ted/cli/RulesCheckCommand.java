package ted.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.RuleDefinitionException;
import ted.load.RuleLoader;

/**
 * {@code ted rules check}: compiles the rules and checks what every rule must carry. Silent and 0 when all is well;
 * otherwise one {@code file:line: message} per problem, and 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compiles the built-in rules and the --rules folders and checks them: DRL errors, metadata every "
                + "check must carry (code, title, symptoms, section, step, severity, source, what, why, fix), codes of the "
                + "form [A-Z][A-Z0-9_]+, unique rule names and codes, verdicts only for defined checks, known fact types.",
                "Prints nothing when all is well."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the rules are sound", "2:a problem was found (printed as file:line: message)"})
public final class RulesCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Override
    public Integer call() {
        try {
            RuleLoader.load(ruleFolders.folders);
            return ExitCode.OK;
        } catch (RuleDefinitionException e) {
            e.getMessage().lines().forEach(spec.commandLine().getErr()::println);
            return ExitCode.ERROR;
        }
    }
}
