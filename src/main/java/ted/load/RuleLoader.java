package ted.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.kie.api.KieBase;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;
import ted.engine.RuleFile;
import ted.util.UserCache;

/**
 * The one seam where rules are loaded. The built-in rules, plus any {@code --rules} folders, are identified by a key
 * over every file's path and text; a knowledge base compiled from exactly those files is taken from the jar
 * (pre-built at package time) or from the user's cache, and compiled only when neither has it. A cache entry is
 * written to a temporary file and moved into place, so two runs at once never see half of one, and an entry that
 * cannot be read is compiled again.
 */
public final class RuleLoader {
    /** Built at package time from the built-in rules (see Prebuild). */
    static final String PREBUILT = "/ted/prebuilt-rules.kbase";

    /** How the rules were obtained, for --timings and tests. */
    public enum Origin { PREBUILT, CACHE, COMPILED }

    public record Loaded(RuleBase rules, Origin origin) {
    }

    private RuleLoader() {
    }

    public static RuleBase load(List<Path> folders) {
        return loadWithOrigin(folders).rules();
    }

    public static Loaded loadWithOrigin(List<Path> folders) {
        List<RuleFile> builtIn = RuleSource.builtIn().files();
        List<RuleFile> all = new ArrayList<>(builtIn);
        for (Path folder : folders) {
            List<RuleFile> added = RuleSource.directory(folder).files().stream()
                    .map(f -> new RuleFile(folder.resolve(f.path()).toString().replace('\\', '/'), f.text())).toList();
            if (added.isEmpty()) {
                // Most likely the wrong folder: passing silently would let a CI job check nothing.
                throw new RuleDefinitionException(folder + ": holds no .drl rule files");
            }
            FolderPolicy.check(all, added);
            all.addAll(added);
        }
        return loadWithOrigin(all, folders.isEmpty());
    }

    /**
     * A knowledge base of exactly these rule files, in place of the built-in ones ({@code ted rules diff} compares two
     * such sets); cached like any other set.
     */
    public static RuleBase loadExactly(String label, RuleSource source) {
        List<RuleFile> files = source.files();
        if (files.isEmpty()) {
            throw new RuleDefinitionException(label + ": holds no .drl rule files");
        }
        return loadWithOrigin(files, false).rules();
    }

    private static Loaded loadWithOrigin(List<RuleFile> all, boolean builtInOnly) {
        String key = key(all);
        if (builtInOnly) {
            KieBase prebuilt = prebuilt(key);
            if (prebuilt != null) {
                return new Loaded(new RuleBase(prebuilt, all, RuleCompiler::without), Origin.PREBUILT);
            }
        }
        Path entry = cacheDir() == null ? null : cacheDir().resolve(key + ".kbase");
        if (entry != null && Files.isRegularFile(entry)) {
            try (InputStream in = Files.newInputStream(entry)) {
                KieBase cached = KieBaseStore.read(in, key);
                if (cached != null) {
                    UserCache.touch(entry);
                    return new Loaded(new RuleBase(cached, all, RuleCompiler::without), Origin.CACHE);
                }
            } catch (IOException | RuntimeException e) {
                // A damaged entry is no reason to fail: compile and write it afresh.
                deleteQuietly(entry);
            }
        }
        RuleBase compiled = RuleCompiler.compile(all);
        if (entry != null) {
            save(entry, key, compiled.kieBase());
            UserCache.prune(entry.getParent(), "*.kbase", UserCache.MAX_RULE_SETS);
        }
        return new Loaded(compiled, Origin.COMPILED);
    }

    /** The key of a set of rule files: what they are and what TED version reads them. */
    static String key(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(build().getBytes(StandardCharsets.UTF_8));
            sha.update(System.getProperty("java.specification.version").getBytes(StandardCharsets.UTF_8));
            for (RuleFile f : files) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Which build of TED this is: its version and build time, so a cache never outlives the classes it refers to. */
    private static String build() {
        try (InputStream in = RuleLoader.class.getResourceAsStream("/ted/version.properties")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "dev";
        }
    }

    private static KieBase prebuilt(String key) {
        try (InputStream in = RuleLoader.class.getResourceAsStream(PREBUILT)) {
            return in == null ? null : KieBaseStore.read(in, key);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Path cacheDir() {
        return UserCache.dir();
    }

    static void save(Path entry, String key, KieBase kieBase) {
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempFile(entry.getParent(), key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                KieBaseStore.write(out, key, kieBase);
            }
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // No cache is a slower start, not an error.
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
