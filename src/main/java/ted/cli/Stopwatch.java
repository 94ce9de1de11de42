package ted.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** Stage timings for benchmarks; silent unless asked for. The first lap also reports JVM start-up. */
final class Stopwatch {
    private final boolean enabled;
    private final PrintWriter err;
    private long last = System.nanoTime();

    Stopwatch(boolean enabled, PrintWriter err) {
        this.enabled = enabled;
        this.err = err;
        if (enabled) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            err.printf("ted: timing: jvm start-up to diagnose %d ms%n", uptime);
        }
    }

    void lap(String stage) {
        long now = System.nanoTime();
        if (enabled) {
            err.printf("ted: timing: %s %d ms%n", stage, (now - last) / 1_000_000);
        }
        last = now;
    }
}
