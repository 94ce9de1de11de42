package ted.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kie.api.definition.rule.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.Check;
import ted.engine.RuleBase;
import ted.engine.RuleLocation;
import ted.engine.RuleMetadata;
import ted.facts.Symptom;

/** {@code ted rules list}: every check rule with its code, symptoms, severity, title and where it is written. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists every check rule (definitions and verdicts): code, status, rule name, symptoms, severity, title, file:line.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "2:usage error or broken rules"})
public final class RulesListCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase rules = ruleFolders.load(spec.commandLine().getErr());
        if (rules == null) {
            return ExitCode.ERROR;
        }
        List<Map<String, Object>> rows = rows(rules);
        switch (format) {
            case json -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            case markdown -> {
                out.println("| code | status | rule | symptoms | severity | title | file:line |");
                out.println("|---|---|---|---|---|---|---|");
                rows.forEach(r -> out.println("| `" + r.get("code") + "` | " + r.get("status") + " | " + r.get("rule") + " | "
                        + String.join(", ", (List<String>) r.get("symptoms")) + " | " + r.get("severity") + " | " + r.get("title")
                        + " | " + r.get("location") + " |"));
            }
            default -> rows.forEach(r -> out.println(String.format("%-32s %-10s %s%n    %s", r.get("code"), r.get("status"),
                    r.get("location"), r.get("rule"))));
        }
        out.flush();
        return ExitCode.OK;
    }

    static List<Map<String, Object>> rows(RuleBase rules) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            Map<String, Object> meta = rule.getMetaData();
            boolean definition = RuleMetadata.isDefinition(meta);
            List<Check> decided = definition ? List.of(rules.check(String.valueOf(meta.get(RuleMetadata.CHECK))))
                    : rules.checksDecidedBy(rule);
            RuleLocation at = rules.location(rule.getName());
            for (Check check : decided) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", check.code());
                row.put("status", definition ? "definition" : String.valueOf(meta.get(RuleMetadata.STATUS)));
                row.put("rule", rule.getName());
                row.put("symptoms", check.symptoms().stream().sorted().map(Symptom::id).toList());
                row.put("severity", check.severity());
                row.put("title", check.title());
                row.put("location", at == null ? null : at.toString());
                rows.add(row);
            }
        }
        return rows;
    }
}
