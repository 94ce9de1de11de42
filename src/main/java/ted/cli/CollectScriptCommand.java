package ted.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ted collect-script}: the PowerShell that gathers every export TED reads, identities filled in. */
@Command(name = "collect-script", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints a PowerShell script that exports everything ted diagnose reads (Exchange Management Shell part "
                + "and MicrosoftTeams part), records each Autodiscover V2 answer with its address and the REST /api probe "
                + "(run from inside by default; -Part Probe -RunFrom outside on a machine outside the network), "
                + "and zips the folder. The script only reads; it changes no setting.",
                "Save it with > collect.ps1, then run .\\collect.ps1. The script is plain ASCII (names are written in as Base64 "
                        + "of their UTF-8 text), so however it is saved, no code page can turn a letter of a name into a quote.",
                "A blank name, one holding control characters or line breaks, or one longer than "
                        + CollectScriptCommand.MAX_NAME + " characters is refused (exit 2)."},
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

    /** Longer than any address Exchange accepts (an SMTP address is at most 320 characters). */
    static final int MAX_NAME = 320;

    @Override
    public Integer call() throws IOException {
        if (org == (user != null)) {
            spec.commandLine().getErr().println("ted: collect-script: give --user UPN (one case) or --org (the whole organisation)");
            return ExitCode.ERROR;
        }
        for (String[] named : new String[][] {{"--user", user}, {"--delegate", delegate}}) {
            String why = named[1] == null ? null : refusal(named[1]);
            if (why != null) {
                spec.commandLine().getErr().println("ted: collect-script: " + named[0] + " " + why);
                return ExitCode.ERROR;
            }
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
     * Why a name cannot go into a script, or null when it can: blank, a control character, a line or paragraph
     * separator (no address holds one, and each would break the case file or a log line), half a surrogate pair (not
     * text), or longer than {@link #MAX_NAME}.
     */
    static String refusal(String name) {
        if (name.isBlank()) {
            return "is blank: give the mailbox's UPN or primary SMTP address";
        }
        if (name.length() > MAX_NAME) {
            return "is " + name.length() + " characters long, longer than any mailbox address (" + MAX_NAME + ")";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return String.format("holds a control character or line break (U+%04X at position %d); no mailbox address does", (int) c, i + 1);
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1)) || Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(name.charAt(i - 1)))) {
                return String.format("holds half of a surrogate pair (U+%04X at position %d), which is no text", (int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * A name as a PowerShell expression made of ASCII only: the Base64 of its UTF-8 bytes, decoded when the script
     * runs. Windows PowerShell 5.1 reads a file without a byte-order mark in the ANSI code page, where the UTF-8 bytes
     * of many accented letters include 0x91, 0x92 or 0x82, which cp1252 turns into quotes that end a string; Base64
     * holds no such byte, whatever the name and however the file is saved.
     */
    static String literal(String name) {
        return "[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
                + java.util.Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8)) + "'))";
    }

    /**
     * The script with the identities written in as {@link #literal}s. Placeholders are replaced in one pass over the
     * template, so a value is never expanded; values appear nowhere but in those two assignments, and only encoded.
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
                    .replace("{{FUNCTIONS}}", part("collect-functions.ps1")).replace("{{ORGANISATION}}", organisationPart());
        }
    }

    /** The organisation-level exports both scripts make (partner applications, auth, certificates), kept in one file. */
    private static String organisationPart() throws IOException {
        return part("collect-organisation.ps1");
    }

    /** A part both scripts share: the organisation exports, and the functions that save and record failures. */
    private static String part(String name) throws IOException {
        try (InputStream in = CollectScriptCommand.class.getResourceAsStream("/ted/" + name)) {
            if (in == null) {
                throw new IOException("the collect script's part " + name + " is missing from the jar");
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
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{(USER|DELEGATE|SYMPTOM|VERSION|ORGANISATION|FUNCTIONS)}}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                // Symptom, version and the organisation part are TED's own words (a checked symptom name, the build's version), not input.
                String replacement = switch (m.group(1)) {
                    case "USER" -> literal(user == null ? "" : user);
                    case "DELEGATE" -> literal(delegate == null ? "" : delegate);
                    case "SYMPTOM" -> symptom;
                    case "ORGANISATION" -> organisationPart();
                    case "FUNCTIONS" -> part("collect-functions.ps1");
                    default -> VersionProvider.version();
                };
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
