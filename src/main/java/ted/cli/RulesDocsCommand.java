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
        description = {"Writes the check catalogue as Markdown: every check's title, what it checks, why, fix, statuses, facts read, source and file.",
                "With --facts: the reference of the facts a rule may read (docs/rule-facts.md)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "2:usage error or broken rules"})
public final class RulesDocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it (default: standard output).")
    Path output;

    @Option(names = "--facts", description = "Write the reference of the facts a rule may read instead: every type with "
            + "its properties and the methods a rule may call.")
    boolean facts;

    @Override
    public Integer call() {
        RuleBase rules = ruleFolders.load(spec.commandLine().getErr());
        if (rules == null) {
            return ExitCode.ERROR;
        }
        String markdown = facts ? ted.read.FactReference.markdown(importedTypes(rules)) : CheckDocsMarkdown.of(rules);
        return Output.write(spec, output, markdown);
    }

    /** The types the rule files import: the derived facts the rules declare are found this way. */
    static java.util.Set<String> importedTypes(RuleBase rules) {
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;?\\s*$");
        java.util.Set<String> types = new java.util.TreeSet<>();
        rules.ruleFiles().forEach(f -> imports.matcher(f.text()).results().forEach(m -> types.add(m.group(1))));
        return types;
    }
}
