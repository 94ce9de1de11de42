package ted.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.util.UserCache;

/** {@code ted cache path|clear}: where TED keeps what it can rebuild, and emptying it. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows or empties TED's cache: compiled rule folders (at most " + UserCache.MAX_RULE_SETS
                + ", least recently used evicted first) and the class cache of the current build (a class-data archive, or "
                + "an AOT cache on Java 25+). Everything in it is rebuilt on demand, so clearing it is always safe.",
            "The folder: TED_CACHE_DIR, else %LOCALAPPDATA%\\ted\\cache (Windows), ~/Library/Caches/ted (macOS), "
                + "$XDG_CACHE_HOME/ted or ~/.cache/ted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error, or no cache folder can be found"})
public final class CacheCommand implements Callable<Integer> {
    enum Action { path, clear }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ACTION", description = "path (print the folder) or clear (delete TED's files in it).")
    Action action;

    @Override
    public Integer call() {
        Path dir = UserCache.dir();
        if (dir == null) {
            spec.commandLine().getErr().println("ted: no cache folder: set TED_CACHE_DIR");
            return ExitCode.ERROR;
        }
        if (action == Action.path) {
            spec.commandLine().getOut().println(dir);
        } else {
            int n = UserCache.clear(dir);
            spec.commandLine().getErr().println("ted: removed " + n + (n == 1 ? " file" : " files") + " from " + dir);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
