package ted.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;
import ted.load.RuleLoader;

/** The {@code --rules DIR} option every command that evaluates or describes rules shares. */
final class RuleFolders {
    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of extra rules (DRL) beside the built-in ones; "
            + "repeatable. A folder adds rules and checks; it cannot replace or extend existing ones.")
    List<Path> folders = new ArrayList<>();

    /** The built-in rules plus the folders; null after printing why when they do not load. */
    RuleBase load(PrintWriter err) {
        try {
            return RuleLoader.load(folders);
        } catch (RuleDefinitionException e) {
            e.getMessage().lines().forEach(l -> err.println("ted: rules: " + l));
            return null;
        }
    }
}
