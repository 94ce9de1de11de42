package ted.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.facts.PowerShell;

/** {@code ted collect-script}: the PowerShell that gathers every export TED reads, identities filled in. */
@Command(name = "collect-script", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints a PowerShell script that exports everything ted diagnose reads (Exchange Management Shell part "
                + "and MicrosoftTeams part), records each Autodiscover V2 answer with its address and the REST /api probe, "
                + "and zips the folder. The script only reads; it changes no setting.",
                "Save it with > collect.ps1 (in Windows PowerShell, Out-File -Encoding utf8), then run .\\collect.ps1."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the script was printed", "2:usage error"})
public final class CollectScriptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--user", paramLabel = "UPN", description = "The affected mailbox; for delegation, the delegator.")
    String user;

    @Option(names = "--org", description = {"Print the org-wide collect script instead, for ted scan: every mailbox's "
            + "settings, calendar permissions and automatic replies, streamed to Export-Csv so that Windows PowerShell 5.1 "
            + "handles 100,000 mailboxes, with a progress bar."})
    boolean org;

    @Option(names = "--delegate", paramLabel = "UPN", description = "The delegate, for delegation.")
    String delegate;

    @Option(names = "--symptom", paramLabel = "SYMPTOM", description = "Accepted for symmetry with diagnose; the script "
            + "collects what every symptom needs, since the exports are cheap and one run serves all three.")
    String symptom;

    @Override
    public Integer call() throws IOException {
        if (org == (user != null)) {
            spec.commandLine().getErr().println("ted: collect-script: give --user UPN (one case) or --org (the whole organisation)");
            return ExitCode.ERROR;
        }
        if (org) {
            if (delegate != null) {
                spec.commandLine().getErr().println("ted: collect-script: --delegate is for one case; --org collects every delegate");
                return ExitCode.ERROR;
            }
            spec.commandLine().getOut().print(orgScript());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (symptom != null) {
            try {
                ted.facts.Symptom.parse(symptom);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("ted: --symptom: " + e.getMessage());
                return ExitCode.ERROR;
            }
        }
        spec.commandLine().getOut().print(script(user, delegate, symptom == null ? "all" : symptom.toLowerCase(java.util.Locale.ROOT)));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /**
     * The script with the identities written in as single-quoted PowerShell strings ({@link PowerShell#quote}, which
     * doubles straight and typographic single quotes alike). Placeholders are replaced in one pass over the template,
     * so a value that itself holds {@code {{DELEGATE}}} is never expanded; values appear nowhere but in those two
     * assignments, so a {@code #>} in a name cannot close a comment.
     */
    static String script(String user, String delegate) throws IOException {
        return script(user, delegate, "all");
    }

    /** The org-wide script: it names nobody, so only TED's version is filled in. */
    static String orgScript() throws IOException {
        try (InputStream in = CollectScriptCommand.class.getResourceAsStream("/ted/collect-org.ps1")) {
            if (in == null) {
                throw new IOException("the org-wide collect script template is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{VERSION}}", VersionProvider.version())
                    .replace("{{ORGANISATION}}", organisationPart());
        }
    }

    /** The organisation-level exports both scripts make (partner applications, auth, certificates), kept in one file. */
    private static String organisationPart() throws IOException {
        try (InputStream in = CollectScriptCommand.class.getResourceAsStream("/ted/collect-organisation.ps1")) {
            if (in == null) {
                throw new IOException("the collect script's organisation part is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String script(String user, String delegate, String symptom) throws IOException {
        try (InputStream in = CollectScriptCommand.class.getResourceAsStream("/ted/collect.ps1")) {
            if (in == null) {
                throw new IOException("the collect script template is missing from the jar");
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{(USER|DELEGATE|SYMPTOM|VERSION|ORGANISATION)}}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                // Symptom, version and the organisation part are TED's own words (a checked symptom name, the build's version), not input.
                String replacement = switch (m.group(1)) {
                    case "USER" -> PowerShell.quote(user == null ? "" : user);
                    case "DELEGATE" -> PowerShell.quote(delegate == null ? "" : delegate);
                    case "SYMPTOM" -> symptom;
                    case "ORGANISATION" -> organisationPart();
                    default -> VersionProvider.version();
                };
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
