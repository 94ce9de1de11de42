package ted.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ted.engine.RuleDefinitionException;
import ted.engine.RuleFile;

/** Where DRL files come from: the rules built into the jar, or a folder on disk. */
public interface RuleSource {

    List<RuleFile> files();

    /** The knowledge base shipped in the jar (copied from the repository's {@code rules/} folder at build time). */
    static RuleSource builtIn() {
        return () -> {
            URL root = RuleSource.class.getClassLoader().getResource("rules");
            if (root == null) {
                throw new RuleDefinitionException("the built-in rules are missing from the jar (no rules/ resource)");
            }
            try {
                if ("jar".equals(root.getProtocol())) {
                    try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Map.of())) {
                        return readTree(jar.getPath("/rules"));
                    }
                }
                return readTree(Path.of(root.toURI()));
            } catch (IOException | URISyntaxException e) {
                throw new RuleDefinitionException("cannot read the built-in rules: " + e.getMessage());
            }
        };
    }

    /**
     * The rule set a command-line word names: {@code built-in}, a folder of rules, or else a git revision of the
     * repository holding {@code cwd} ({@code HEAD~1} for its rules folder, {@code REV:path} for another).
     */
    static RuleSource named(String spec, Path cwd) {
        if (spec.equals("built-in")) {
            return builtIn();
        }
        Path folder = cwd.resolve(spec);
        return Files.isDirectory(folder) ? directory(folder) : new GitRevisionRules(cwd, spec);
    }

    /** Every {@code .drl} file below a folder, reported by its path relative to that folder. */
    static RuleSource directory(Path folder) {
        return () -> {
            if (!Files.isDirectory(folder)) {
                throw new RuleDefinitionException(folder + ": not a folder of rules");
            }
            try {
                return readTree(folder);
            } catch (IOException e) {
                throw new RuleDefinitionException(folder + ": " + e.getMessage());
            }
        };
    }

    private static List<RuleFile> readTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .map(p -> new RuleFile(root.relativize(p).toString().replace('\\', '/'), read(p)))
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
