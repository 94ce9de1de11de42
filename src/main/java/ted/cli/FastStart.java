package ted.cli;

import java.io.File;
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
 * <p>Skipped when the JVM already runs with these options, when {@code TED_NO_RELAUNCH} is set, or when the child
 * cannot be started (then the command simply runs here).
 */
final class FastStart {
    static final String MARKER = "ted.relaunched";
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private FastStart() {
    }

    static boolean worthIt(String[] args) {
        if (System.getProperty(MARKER) != null || System.getenv("TED_NO_RELAUNCH") != null) {
            return false;
        }
        boolean evaluates = Arrays.stream(args).anyMatch("diagnose"::equals);
        boolean asksForHelp = Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
        boolean alreadyTuned = ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
        return evaluates && !asksForHelp && !alreadyTuned;
    }

    /** The child's exit code, or -1 when it could not be started. */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(JVM_OPTIONS);
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TedCommand.class.getName());
        command.addAll(Arrays.asList(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            return child.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.ERROR;
        }
    }
}
