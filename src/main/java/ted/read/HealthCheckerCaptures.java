package ted.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ted.facts.ExchangeServer;
import ted.facts.FactSet;
import ted.facts.ServerCoverage;

/**
 * CSS-Exchange HealthChecker's data collection, recognised as what it is: the capture of one server. HealthChecker
 * checks the server it is pointed at and saves that server's cmdlet output in an {@code Exchange/} folder, named after
 * the cmdlet without its hyphen ({@code GetExchangeServer.xml}, {@code ExSetup.xml}); TED's collect scripts write
 * {@code Get-ExchangeServer.xml} for every server. A capture's servers and virtual directories are therefore that one
 * server's, and the checks about every server must not take them for the organisation's.
 */
final class HealthCheckerCaptures {
    /** HealthChecker's name for the server's Get-ExchangeServer output: the one file every capture holds. */
    private static final String SERVER_FILE = "getexchangeserver.xml";
    /** Files beside it that only HealthChecker writes: one of them makes the folder a capture, not a hand export. */
    private static final Set<String> HALLMARKS = Set.of("exsetup.xml", "getexchangeserveradinformation.xml", "getmailboxserver.xml",
            "gethybridconfiguration.xml", "getexchangeapppoolsinformation.xml", "testservicehealth.xml");

    private HealthCheckerCaptures() {
    }

    /** The folders among {@code files}' parents that are HealthChecker captures. */
    static List<Path> folders(List<Path> files) {
        List<Path> captures = new ArrayList<>();
        for (Path file : files) {
            Path folder = file.getParent();
            if (folder == null || captures.contains(folder) || !named(file, SERVER_FILE)) {
                continue;
            }
            boolean hallmark = files.stream().anyMatch(f -> folder.equals(f.getParent())
                    && HALLMARKS.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)));
            if (hallmark) {
                captures.add(folder);
            }
        }
        return captures;
    }

    /**
     * After every file is read: when the servers in the facts come only from captures (no facts file and no other
     * export listed servers), the inputs cover just those servers, and a {@link ServerCoverage} fact says so; the
     * capture's server file carries a note naming them.
     */
    static void settle(FactSet facts, ReadLog log, List<Path> captures, boolean serversFromFactsFiles) {
        if (captures.isEmpty() || serversFromFactsFiles) {
            return;
        }
        boolean serversFromElsewhere = log.sources().stream()
                .anyMatch(s -> s.readAs().contains("Get-ExchangeServer") && !within(s.file(), captures));
        List<String> servers = facts.factsOf(ExchangeServer.class).stream().map(ExchangeServer::Name).distinct().toList();
        if (serversFromElsewhere || servers.isEmpty()) {
            return;
        }
        ServerCoverage coverage = new ServerCoverage(servers, "a HealthChecker capture");
        facts.add(coverage);
        facts.markCollected("serverCoverage");
        for (Path capture : captures) {
            log.noteOn(capture.resolve(serverFile(log, capture)).toString(), "a HealthChecker capture of one server: the inputs cover " + coverage.describe()
                    + "; checks about every server speak only of " + (servers.size() == 1 ? "it" : "these")
                    + " (to cover the rest: " + ServerCoverage.collectEveryServer() + ")");
        }
    }

    /** The capture's GetExchangeServer.xml as it is spelt on disk. */
    private static String serverFile(ReadLog log, Path capture) {
        return log.sources().stream().map(s -> Path.of(s.file())).filter(f -> capture.equals(f.getParent()) && named(f, SERVER_FILE))
                .map(f -> f.getFileName().toString()).findFirst().orElse("GetExchangeServer.xml");
    }

    private static boolean within(String file, List<Path> captures) {
        Path parent = Path.of(file).getParent();
        return parent != null && captures.stream().anyMatch(parent::startsWith);
    }

    private static boolean named(Path file, String name) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).equals(name);
    }
}
