package ted.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.Check;
import ted.engine.RuleBase;
import ted.engine.Section;
import ted.facts.Symptom;
import ted.load.RuleLoader;

/**
 * {@code ted rules new CODE --symptom S}: writes a check in the form the knowledge base uses (its definition, verdicts
 * tried top to bottom, a not-collected verdict with its collect command) and its rule tests, both passing as written,
 * so a support engineer starts from something that runs and changes it case by case.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes a new check and its rule tests into a rule folder: CODE.drl with the definition and its "
                + "verdict rules in the order they are tried, and CODE.test.yaml with a case where it fires and cases where "
                + "it must not. Both work as written (ted rules check, ted rules test); replace each TODO.",
                "The step is the next free one in the symptom's section, so the new check loads beside the built-in ones."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the files were written", "2:the code or symptom is wrong, the code exists, or a file is in the way"})
public final class RulesNewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The check's code: capitals, digits and _, e.g. EWS_VDIR_OAUTH.")
    String code;

    @Option(names = "--symptom", required = true, paramLabel = "SYMPTOM", completionCandidates = Candidates.Symptoms.class,
            description = "The symptom the check explains: delegation, calendar-app, presence, or all (a common step).")
    String symptom;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "The rule folder to write into (default: the current folder); created when missing.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!code.matches("[A-Z][A-Z0-9_]+")) {
            return usage("check code '" + code + "' is not of the form [A-Z][A-Z0-9_]+");
        }
        Set<Symptom> symptoms;
        try {
            symptoms = Symptom.parse(symptom);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        // The built-in checks and whatever the folder already defines (read as text, so a folder that is the built-in
        // source itself, or one half-written, still gets a free code and step).
        RuleBase rules = RuleLoader.load(java.util.List.of());
        Map<String, String> written = definedIn(dir);
        if (rules.check(code) != null || written.containsKey(code)) {
            return usage("check " + code + " exists already (" + (rules.check(code) != null ? rules.check(code).file() : written.get(code)) + ")");
        }
        String file = code.toLowerCase(Locale.ROOT).replace('_', '-');
        Path drl = dir.resolve(file + ".drl");
        Path tests = dir.resolve(file + ".test.yaml");
        for (Path p : java.util.List.of(drl, tests)) {
            if (Files.exists(p)) {
                return usage(p + " exists already; choose another code or folder");
            }
        }
        Section section = symptoms.size() > 1 ? Section.COMMON : Section.parse(symptoms.iterator().next().id());
        int step = Math.max(rules.checks().stream().filter(c -> c.section() == section).mapToInt(Check::step).max().orElse(0),
                stepsIn(dir, section)) + 1;
        Map<String, String> values = Map.of("CODE", code, "SYMPTOMS", String.join(",", symptoms.stream().map(Symptom::id).toList()),
                "SYMPTOM", symptoms.size() > 1 ? "all" : symptoms.iterator().next().id(), "SECTION", section.id(),
                "STEP", String.valueOf(step), "FILE", file, "FOLDER", dir.toString());
        Files.createDirectories(dir);
        Files.writeString(drl, fill("check.drl", values));
        Files.writeString(tests, fill("check.test.yaml", values));
        spec.commandLine().getOut().println("ted: wrote " + drl + " and " + tests + "; try them with: ted rules test --rules " + dir);
        return ExitCode.OK;
    }

    private static final java.util.regex.Pattern DEFINES = java.util.regex.Pattern.compile("@defines\\(\"([A-Z0-9_]+)\"\\)");
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile(
            "@section\\(\"([a-z-]+)\"\\)\\s*@step\\(\"(\\d+)\"\\)");

    /** The codes the folder's DRL files define, with the file each is in. */
    private static Map<String, String> definedIn(Path folder) throws IOException {
        Map<String, String> codes = new java.util.HashMap<>();
        for (Path f : drlFiles(folder)) {
            DEFINES.matcher(Files.readString(f)).results().forEach(m -> codes.putIfAbsent(m.group(1), f.toString()));
        }
        return codes;
    }

    /** The highest step the folder's DRL files give in {@code section}, 0 when none. */
    private static int stepsIn(Path folder, Section section) throws IOException {
        int max = 0;
        for (Path f : drlFiles(folder)) {
            max = Math.max(max, STEP.matcher(Files.readString(f)).results().filter(m -> m.group(1).equals(section.id()))
                    .mapToInt(m -> Integer.parseInt(m.group(2))).max().orElse(0));
        }
        return max;
    }

    private static java.util.List<Path> drlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (var files = Files.walk(folder, 3)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".drl")).toList();
        }
    }

    private static String fill(String template, Map<String, String> values) throws IOException {
        try (InputStream in = RulesNewCommand.class.getResourceAsStream("/ted/scaffold/" + template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replace("${" + v.getKey() + "}", v.getValue());
            }
            return text;
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("ted: rules new: " + message);
        return ExitCode.ERROR;
    }
}
