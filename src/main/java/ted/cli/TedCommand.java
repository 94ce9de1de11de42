package ted.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ted} command: subcommands, help, version, and the exit-code contract. */
@Command(name = "ted",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Teams-Exchange Doctor: diagnoses why Microsoft Teams features fail for mailboxes on Exchange Server.",
        subcommands = {DiagnoseCommand.class, ScanCommand.class, ImportCommand.class, CollectScriptCommand.class, ExplainCommand.class,
            RulesCommand.class, CacheCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:something was decided and no check failed",
            "1:a check has a status --fail-on names (default: fail or error) and no waiver",
            "2:usage or input error, or broken rules (2 wins over 1 and 3)",
            "3:nothing decided: no check passed, warned or failed",
            " :README, \"Exit codes\", has the whole table"})
public final class TedCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The commonest probe of an install answers before the command model (and its few hundred classes) is built.
            System.out.println(new VersionProvider().getVersion()[0]);
            System.exit(ExitCode.OK);
        }
        if (FastStart.worthIt(args)) {
            int code = FastStart.relaunch(args);
            if (code >= 0) {
                System.exit(code);
            }
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; tests call this instead of main so nothing exits the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TedCommand());
        cli.setOut(out);
        cli.setErr(err);
        // --format JSON and --symptom DELEGATION are the same request as their lower-case spellings.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            // One line, picocli's "did you mean" for a typo, and a pointer to help; not a page of usage.
            PrintWriter e = ex.getCommandLine().getErr();
            boolean unknownWord = ex instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption()
                    && !u.getUnmatched().isEmpty();
            e.println("ted: " + (unknownWord ? "'" + ((CommandLine.UnmatchedArgumentException) ex).getUnmatched().get(0)
                    + "' is not a command or argument " + ex.getCommandLine().getCommandSpec().qualifiedName() + " takes" : ex.getMessage()));
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                e.println("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
            }
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("ted: internal error: " + ex);
            return ExitCode.ERROR;
        });
        return cli.execute(args);
    }
}
