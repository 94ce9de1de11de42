package ted.util;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where TED keeps what it can rebuild at any time (compiled rule folders, the class-data archive), kept small: each
 * kind holds a bounded number of entries and the least recently used go first. Deleting the folder is always safe;
 * {@code ted cache clear} does it for TED's own files.
 */
public final class UserCache {
    /** Compiled rule sets kept: one per set of rule folders an author alternates between. */
    public static final int MAX_RULE_SETS = 8;

    private UserCache() {
    }

    /**
     * The ted.cache.dir property (tests point it into target/), else TED_CACHE_DIR, else the platform's user cache:
     * %LOCALAPPDATA%\ted\cache on Windows, ~/Library/Caches/ted on macOS, $XDG_CACHE_HOME/ted or ~/.cache/ted
     * elsewhere; null when there is none.
     */
    public static Path dir() {
        String property = System.getProperty("ted.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String explicit = System.getenv("TED_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = System.getProperty("os.name", "");
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null && os.startsWith("Windows")) {
            return Path.of(localAppData, "ted", "cache");
        }
        String home = System.getProperty("user.home");
        if (home != null && os.startsWith("Mac")) {
            return Path.of(home, "Library", "Caches", "ted");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ted");
        }
        return home == null ? null : Path.of(home, ".cache", "ted");
    }

    /** Marks an entry as just used, so eviction keeps it over older ones. */
    public static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // eviction order is a nicety; a read-only cache still works
        }
    }

    /** Deletes all but the {@code keep} most recently used files matching {@code glob} in {@code folder}. */
    public static void prune(Path folder, String glob, int keep) {
        List<Path> entries = list(folder, glob);
        entries.sort(Comparator.comparing(UserCache::lastUsed).reversed());
        for (Path old : entries.subList(Math.min(keep, entries.size()), entries.size())) {
            deleteQuietly(old);
        }
    }

    /** Deletes TED's own files from the cache folder (and nothing else that may live there); returns how many. */
    public static int clear(Path folder) {
        int n = 0;
        for (String glob : List.of("*.kbase", "ted-*.jsa", "ted-*.aot", "*.tmp")) {
            for (Path p : list(folder, glob)) {
                if (deleteQuietly(p)) {
                    n++;
                }
            }
        }
        return n;
    }

    static List<Path> list(Path folder, String glob) {
        List<Path> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            files.forEach(out::add);
        } catch (IOException e) {
            // an unreadable cache is an empty one
        }
        return out;
    }

    private static FileTime lastUsed(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false;
        }
    }
}
