package ted.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --redact} and {@code --redact-map}, which diagnose and scan share with the same meaning. */
final class RedactOptions {
    @Option(names = "--redact", description = {"Replace every identifying value (addresses, names, servers, hosts, domains, "
            + "DNs, IP addresses, GUIDs, thumbprints, input folders) in every output with stand-ins that stay consistent across "
            + "the run (user1@domain1.example, server1), for a ticket outside the organisation. Codes, statuses, builds, "
            + "cmdlets, roles and allow-list patterns stay."})
    boolean redact;

    @Option(names = "--redact-map", paramLabel = "FILE",
            description = "With --redact (implied): also write which stand-in replaced which value to FILE (CSV), to read a reply "
                + "back. Keep it private: it undoes the redaction.")
    Path map;

    /** True when the output is to be redacted (--redact, or --redact-map, which implies it). */
    boolean on() {
        return redact || map != null;
    }
}
