package ted.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs rule-evaluating commands in a child JVM tuned for a short life. Compiling the knowledge base is a burst of
 * one-off work, and HotSpot's optimising compiler spends more CPU than it saves on a 2-core machine: C1 only and the
 * serial collector take about a third off a cold {@code diagnose} (measured, see README "Speed"). A jar's manifest
 * cannot carry JVM options, so the first JVM starts the second and passes its exit code on.
 *
 * <p>The child also uses a class-data-sharing archive of the classes a diagnosis loads, kept in the user cache and
 * made by the first run of each build of TED (about a third off again, measured).
 *
 * <p>Skipped when the JVM already runs with these options, when {@code TED_NO_RELAUNCH} is set, or when the child
 * cannot be started (then the command simply runs here).
 */
final class FastStart {
    static final String MARKER = "ted.relaunched";
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms24m", "-Xmn16m", "-Xshare:auto");

    private FastStart() {
    }

    static boolean worthIt(String[] args) {
        if (System.getProperty(MARKER) != null || System.getenv("TED_NO_RELAUNCH") != null) {
            return false;
        }
        boolean evaluates = Arrays.stream(args).anyMatch("diagnose"::equals);
        boolean asksForHelp = Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
        // Asked last: the management API loads a few hundred classes, which --version must not pay for.
        return evaluates && !asksForHelp && ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
    }

    /** One archive per build of TED and Java, in the user cache; null when there is no cache folder. */
    private static Path classDataArchive() {
        Path cache = ted.util.UserCache.dir();
        String jar = System.getProperty("java.class.path");
        if (cache == null || jar == null || jar.contains(File.pathSeparator)) {
            return null;
        }
        try {
            Files.createDirectories(cache);
            long stamp = Files.getLastModifiedTime(Path.of(jar)).toMillis();
            String id = Integer.toHexString((jar + stamp + System.getProperty("java.vm.version")).hashCode());
            return cache.resolve("ted-" + id + ".jsa");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Moves a finished archive into place; a run at the same time that made one too simply loses the race. */
    private static void publish(Path made, Path archive) {
        try {
            if (Files.isRegularFile(made) && Files.size(made) > 0) {
                Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE);
                // Archives of earlier builds are of no use any more; each is some 20 MB.
                try (var old = Files.newDirectoryStream(archive.getParent(), "ted-*.jsa")) {
                    for (Path p : old) {
                        if (!p.equals(archive)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // another run got there first, or the disk said no: the next run tries again
        } finally {
            try {
                Files.deleteIfExists(made);
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    /** The child's exit code, or -1 when it could not be started. */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(JVM_OPTIONS);
        Path archive = classDataArchive();
        Path making = null;
        if (archive != null && Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (archive != null) {
            making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + making);
        }
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TedCommand.class.getName());
        command.addAll(Arrays.asList(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            int code = child.waitFor();
            if (making != null) {
                publish(making, archive);
            }
            return code;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.ERROR;
        }
    }
}
