package ted.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.RuleBase;
import ted.ruletest.JUnitXml;
import ted.ruletest.RuleTestCase;
import ted.ruletest.RuleTestFiles;
import ted.ruletest.RuleTestResult;
import ted.ruletest.RuleTestRunner;

/** {@code ted rules test}: runs the {@code *.test.yaml} cases beside the rules, as `mvn verify` does for the built-in ones. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs rule tests (*.test.yaml: name, base facts file, facts sections to replace, expected status per "
                + "code) against the built-in rules plus the --rules folders, and ends with a line 'N passed, N failed'.",
                "Tests are looked for in PATH, or else in the --rules folders."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case passed", "1:a case failed (or, with --fail-untested, a verdict rule fired in no case)",
                "2:usage error, no tests found, unreadable tests, or broken rules"})
public final class RulesTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Folders or *.test.yaml files (default: the --rules folders).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML, for CI.")
    Path junit;

    @Option(names = "--fail-untested", description = "Exit 1 when a verdict rule of a tested check fires in no case "
            + "(they are listed either way).")
    boolean failUntested;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> where = paths.isEmpty() ? ruleFolders.folders : paths;
        if (where.isEmpty()) {
            err.println("ted: name the tests: ted rules test --rules DIR, or ted rules test PATH");
            return ExitCode.ERROR;
        }
        List<RuleTestCase> cases = new ArrayList<>();
        try {
            for (Path p : where) {
                cases.addAll(Files.isDirectory(p) ? RuleTestFiles.findAll(p) : RuleTestFiles.read(p));
            }
        } catch (IOException e) {
            err.println("ted: " + e.getMessage());
            return ExitCode.ERROR;
        }
        if (cases.isEmpty()) {
            err.println("ted: no rule tests (*.test.yaml) in " + where.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
            return ExitCode.ERROR;
        }
        RuleBase rules = ruleFolders.load(err);
        if (rules == null) {
            return ExitCode.ERROR;
        }
        RuleTestRunner runner = new RuleTestRunner(rules);
        List<RuleTestResult> results = cases.stream().map(runner::run).toList();
        for (RuleTestResult r : results) {
            if (!r.passed()) {
                out.println("FAIL " + r.testCase());
                r.mismatches().forEach(m -> out.println("     " + m));
            }
        }
        List<String> folders = ruleFolders.folders.stream().map(d -> d.toString().replace('\\', '/')).toList();
        List<String> untested = ted.ruletest.UntestedRules.of(rules, results,
                file -> folders.isEmpty() || folders.stream().anyMatch(file::startsWith));
        untested.forEach(r -> out.println("UNTESTED " + r + ": no case makes this verdict rule fire"));
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        if (junit != null) {
            try {
                Files.writeString(junit, JUnitXml.of(results), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("ted: " + junit + ": cannot write: " + e.getMessage());
                return ExitCode.ERROR;
            }
        }
        return failed == 0 && !(failUntested && !untested.isEmpty()) ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
