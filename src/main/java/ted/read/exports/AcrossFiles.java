package ted.read.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ted.facts.FactSet;
import ted.read.ReadLog;

/** What can only be settled once every file is read: failures the collect script recorded, and ExSetup versions joined to their servers. */
public final class AcrossFiles {
    private AcrossFiles() {
    }

    /**
     * Folds each ExSetup file version into its server once all files are read: by computer name when the export
     * kept it, else into the only server there is. Two different versions for one server (HealthChecker keeps an
     * ExSetup1.xml from an earlier run) leave the older one in force, named in a problem: a diagnosis must never
     * pass on the newer build when it cannot tell which is current.
     */
    public static void settle(FactSet facts, ReadLog log) {
        for (ted.facts.CollectionFailure e : facts.factsOf(ted.facts.CollectionFailure.class)) {
            if (e.isNote()) {
                log.noteOn(e.file(), e.file() + ": " + e.Note());
                continue;
            }
            // Kept as a fact too: the checks that needed the cmdlet's output show the error beside their unknown.
            String cmdlet = e.Cmdlet() == null ? "a cmdlet" : e.Cmdlet();
            String what = e.hasIdentity() ? cmdlet + " for " + e.Identity() : cmdlet;
            boolean saved = e.Cmdlet() != null && Cmdlets.named(e.Cmdlet()).map(c -> facts.isCollected(c.section())).orElse(false);
            log.problem(e.file(), 0, cmdlet + " failed" + (e.hasIdentity() ? " for " + e.Identity() : "")
                    + " when the collect script ran it: " + e.reason() + "; the checks that need " + what + " are unknown"
                    + (saved ? ", the others use what was saved" : ""));
        }
        List<ExSetupFile> exSetups = facts.factsOf(ExSetupFile.class);
        List<ted.facts.ExchangeServer> servers = facts.factsOf(ted.facts.ExchangeServer.class);
        Map<ted.facts.ExchangeServer, List<ExSetupFile>> byServer = new LinkedHashMap<>();
        for (ExSetupFile x : exSetups) {
            facts.remove(x);
            List<ted.facts.ExchangeServer> target = servers.size() == 1 ? servers
                    : servers.stream().filter(s -> s.isNamed(x.computerName())).toList();
            if (target.size() == 1) {
                byServer.computeIfAbsent(target.get(0), k -> new ArrayList<>()).add(x);
            } else if (servers.isEmpty()) {
                facts.add(new ted.facts.ExchangeServer(x.computerName() == null ? "(server of " + x.file() + ")" : x.computerName(),
                        x.computerName(), null, x.fileVersion(), null));
                facts.markCollected("exchangeServers");
            } else {
                log.problem(x.file(), 0, "ExSetup version " + x.fileVersion() + " cannot be matched to one of " + servers.size()
                        + " servers (the export has no PSComputerName); it is left out");
            }
        }
        byServer.forEach((s, versions) -> {
            ExSetupFile oldest = versions.stream().min(java.util.Comparator.comparing(ExSetupFile::build,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).orElseThrow();
            if (versions.stream().map(ExSetupFile::fileVersion).distinct().count() > 1) {
                log.noteOn(oldest.file(), oldest.file() + ": ExSetup versions " + versions.stream()
                        .map(v -> v.fileVersion() + " (" + Path.of(v.file()).getFileName() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")) + " all describe server " + s.Name()
                        + "; the oldest, " + oldest.fileVersion() + ", is used");
            }
            facts.replace(s, new ted.facts.ExchangeServer(s.Name(), s.Fqdn(), s.AdminDisplayVersion(), oldest.fileVersion(), s.Site()));
        });
    }
}
