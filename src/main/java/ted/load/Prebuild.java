package ted.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ted.engine.RuleBase;
import ted.engine.RuleFile;

/**
 * Run at package time (see pom.xml): compiles the built-in rules once and stores the result in the jar, so no run of
 * {@code ted} pays for compiling them. The key ties it to the exact rule files, so a stale copy is never used.
 */
public final class Prebuild {
    private Prebuild() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        List<RuleFile> files = RuleSource.builtIn().files();
        RuleBase rules = RuleCompiler.compile(files);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            KieBaseStore.write(out, RuleLoader.key(files), rules.kieBase());
        }
        System.out.println("ted: pre-built " + rules.checks().size() + " checks from " + files.size() + " rule files into " + target);
    }
}
