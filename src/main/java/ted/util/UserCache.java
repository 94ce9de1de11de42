package ted.util;

import java.nio.file.Path;

/** Where TED keeps what it can rebuild at any time: compiled rule folders, the class-data archive. */
public final class UserCache {
    private UserCache() {
    }

    /** TED_CACHE_DIR (or the ted.cache.dir property, for tests), else the platform's user cache folder; null when there is none. */
    public static Path dir() {
        String property = System.getProperty("ted.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String explicit = System.getenv("TED_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(localAppData, "ted", "cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ted");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "ted");
    }
}
