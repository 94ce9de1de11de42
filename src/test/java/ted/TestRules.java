package ted;

import java.nio.file.Path;
import ted.engine.RuleBase;
import ted.load.RuleCompiler;
import ted.load.RuleSource;

/** The repository's knowledge base, compiled once per test JVM (compiling takes seconds). */
public final class TestRules {
    public static final Path RULES = Path.of("rules");
    private static RuleBase compiled;

    private TestRules() {
    }

    public static synchronized RuleBase builtIn() {
        if (compiled == null) {
            compiled = RuleCompiler.compile(RuleSource.directory(RULES));
        }
        return compiled;
    }
}
