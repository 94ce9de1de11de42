package ted.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ted.read.FactsDocumentFiles;
import ted.read.InputFiles;

/**
 * Finds the cases a case library holds: a facts file, a zip and an export folder are one case each; a
 * {@code .test.yaml} file is one case per test; any other folder is a library of these, searched a few levels down
 * ({@code facts-samples/} holds facts files and {@code exports/}, whose folders are one case each).
 */
public final class DiffCases {
    private static final int MAX_DEPTH = 5;

    private DiffCases() {
    }

    /** The cases under {@code paths}, in the order given and by name within a folder; what cannot be used goes to {@code problems}. */
    public static List<DiffCase> find(List<Path> paths, List<String> problems) {
        List<DiffCase> cases = new ArrayList<>();
        for (Path p : paths) {
            add(p, 0, cases, problems);
        }
        return cases;
    }

    private static void add(Path p, int depth, List<DiffCase> cases, List<String> problems) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(p)) {
            problems.add(p + ": no such file or folder");
        } else if (name.endsWith(".test.yaml") || name.endsWith(".test.yml")) {
            try {
                RuleTestFiles.read(p).forEach(c -> cases.add(new DiffCase.RuleTest(c)));
            } catch (IOException | RuntimeException e) {
                problems.add(p + ": not a readable rule test file (" + e.getMessage() + ")");
            }
        } else if (Files.isRegularFile(p)) {
            cases.add(new DiffCase.Files(p.toString(), List.of(p)));
        } else if (Files.isDirectory(p)) {
            List<Path> inside = list(p, problems);
            if (inside.stream().anyMatch(DiffCases::isExport)) {
                cases.add(new DiffCase.Files(p.toString(), List.of(p)));
            } else if (depth < MAX_DEPTH) {
                inside.stream().filter(f -> Files.isDirectory(f) || isCaseFile(f)).forEach(f -> add(f, depth + 1, cases, problems));
            }
        }
    }

    private static List<Path> list(Path folder, List<String> problems) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder + ": cannot list (" + e.getMessage() + ")");
            return List.of();
        }
    }

    /** An export an admin saved: a file a folder is read for that is no facts file (nor a rule test, a zip or a note). */
    private static boolean isExport(Path f) {
        return Files.isRegularFile(f) && InputFiles.looksLikeInput(f) && !FactsDocumentFiles.test(f);
    }

    private static boolean isCaseFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(f) && (name.endsWith(".zip") || name.endsWith(".test.yaml") || name.endsWith(".test.yml")
                || FactsDocumentFiles.test(f));
    }
}
