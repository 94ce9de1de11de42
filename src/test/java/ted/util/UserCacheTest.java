package ted.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, item 6: the cache stays small, forgets the least recently used first, and clears only TED's files. */
class UserCacheTest {
    @TempDir
    Path dir;

    @Test
    void testsRunWithACacheUnderTargetNotTheUsersOwn() {
        assertThat(UserCache.dir()).isNotNull();
        assertThat(UserCache.dir().toString()).contains("target");
    }

    @Test
    void pruningKeepsTheMostRecentlyUsedEntries() throws IOException {
        for (int i = 0; i < 12; i++) {
            Path p = Files.writeString(dir.resolve("k" + i + ".kbase"), "x");
            Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        UserCache.touch(dir.resolve("k0.kbase"));
        UserCache.prune(dir, "*.kbase", 8);
        assertThat(UserCache.list(dir, "*.kbase")).hasSize(8).extracting(p -> p.getFileName().toString())
                .contains("k0.kbase", "k11.kbase").doesNotContain("k1.kbase", "k4.kbase");
    }

    @Test
    void clearRemovesTedsFilesAndLeavesOthersAlone() throws IOException {
        Files.writeString(dir.resolve("a.kbase"), "x");
        Files.writeString(dir.resolve("ted-1234.jsa"), "x");
        Files.writeString(dir.resolve("someone-elses.txt"), "x");
        assertThat(UserCache.clear(dir)).isEqualTo(2);
        assertThat(dir.resolve("someone-elses.txt")).exists();
    }
}
