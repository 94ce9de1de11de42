package ted.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import ted.TestRules;
import ted.engine.RuleBase;

/** The one seam rules load through: saved knowledge bases, the cache, and what invalidates it. */
class RuleLoaderTest {
    static final Path EXAMPLE = Path.of("examples/rules/delegate-own-ews");
    @TempDir
    Path cache;
    @TempDir
    Path work;

    private String previous;

    @BeforeEach
    void useATemporaryCache() {
        previous = System.getProperty("ted.cache.dir");
        System.setProperty("ted.cache.dir", cache.toString());
    }

    /** Back to the build's test cache (set by surefire), never to the user's own. */
    @AfterEach
    void forgetIt() {
        if (previous == null) {
            System.clearProperty("ted.cache.dir");
        } else {
            System.setProperty("ted.cache.dir", previous);
        }
    }

    @Test
    void aSavedKnowledgeBaseLoadsAndDiagnosesAlike() throws IOException {
        RuleBase compiled = TestRules.builtIn();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KieBaseStore.write(bytes, "k1", compiled.kieBase());
        KieBase loaded = KieBaseStore.read(new ByteArrayInputStream(bytes.toByteArray()), "k1");
        RuleBase again = new RuleBase(loaded, compiled.ruleFiles(), RuleCompiler::without);
        assertThat(again.checks()).isEqualTo(compiled.checks());
        assertThat(KieBaseStore.read(new ByteArrayInputStream(bytes.toByteArray()), "another key")).as("a stale entry").isNull();
    }

    @Test
    void aRuleFolderIsCompiledOnceThenTakenFromTheCache() throws IOException {
        Path folder = copyOfExample();
        assertThat(RuleLoader.loadWithOrigin(List.of(folder)).origin()).isEqualTo(RuleLoader.Origin.COMPILED);
        RuleLoader.Loaded second = RuleLoader.loadWithOrigin(List.of(folder));
        assertThat(second.origin()).isEqualTo(RuleLoader.Origin.CACHE);
        assertThat(second.rules().check("DELEGATE_OWN_EWS")).isNotNull();

        Path drl = folder.resolve("delegate-own-ews.drl");
        Files.writeString(drl, Files.readString(drl).replace("The delegate's own mailbox has EWS enabled", "Changed title"));
        RuleLoader.Loaded changed = RuleLoader.loadWithOrigin(List.of(folder));
        assertThat(changed.origin()).as("a changed file is compiled again").isEqualTo(RuleLoader.Origin.COMPILED);
        assertThat(changed.rules().check("DELEGATE_OWN_EWS").title()).isEqualTo("Changed title");
    }

    @Test
    void aCorruptCacheEntryIsCompiledAgainAndReplaced() throws IOException {
        Path folder = copyOfExample();
        RuleLoader.loadWithOrigin(List.of(folder));
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : entries.filter(p -> p.toString().endsWith(".kbase")).toList()) {
                Files.write(entry, new byte[] {1, 2, 3});
            }
        }
        assertThat(RuleLoader.loadWithOrigin(List.of(folder)).origin()).isEqualTo(RuleLoader.Origin.COMPILED);
        assertThat(RuleLoader.loadWithOrigin(List.of(folder)).origin()).isEqualTo(RuleLoader.Origin.CACHE);
    }

    @Test
    void twoRunsAtOnceBothGetWorkingRules() throws Exception {
        Path folder = copyOfExample();
        List<java.util.concurrent.Callable<RuleBase>> runs = List.of(() -> RuleLoader.load(List.of(folder)), () -> RuleLoader.load(List.of(folder)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (java.util.concurrent.Future<RuleBase> f : pool.invokeAll(runs)) {
                assertThat(f.get().check("DELEGATE_OWN_EWS")).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left.filter(p -> p.toString().endsWith(".tmp"))).as("no half-written entries left").isEmpty();
        }
    }

    private Path copyOfExample() throws IOException {
        Path folder = work.resolve("rules");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }
}
