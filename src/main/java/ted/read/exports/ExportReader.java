package ted.read.exports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import ted.facts.FactSet;
import ted.read.InputProblem;
import ted.read.SourceSummary;
import ted.read.ps.CliXmlReader;
import ted.read.ps.FormatListReader;
import ted.read.ps.JsonExportReader;
import ted.read.ps.PsObject;

/**
 * Reads one exported file (Export-Clixml, ConvertTo-Json or Format-List text; UTF-8 or UTF-16 with BOM) into facts.
 * Which cmdlet produced it comes from the file name when it names one, else from each object's type names or
 * properties. Nothing here judges configuration: it only turns exports into the facts the rules read.
 */
public final class ExportReader {

    /** The three forms admins hand over. */
    public enum Form {
        CLIXML("Export-Clixml"), JSON("ConvertTo-Json"), FORMAT_LIST("Format-List text");

        final String label;

        Form(String label) {
            this.label = label;
        }
    }

    /** Reads {@code path}, adding facts, one source summary, and any problems. */
    public void read(Path path, FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
        String file = path.toString();
        Optional<Cmdlet> named = Cmdlets.byFileName(path.getFileName().toString());
        List<String> notes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] unrecognized = {0};
        List<String> unreadTypes = new ArrayList<>();
        Form form;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Charset charset = Bom.charset(in);
            Reader text = new InputStreamReader(in, charset);
            text = new java.io.BufferedReader(text);
            form = Sniff.form(text, path.getFileName().toString());
            Consumer<Object> each = value -> take(value, named, file, facts, notes, counts, unrecognized, unreadTypes, problems);
            switch (form) {
                case CLIXML -> {
                    CliXmlReader reader = new CliXmlReader(text);
                    try {
                        reader.read(each);
                    } finally {
                        reader.problems().forEach(p -> problems.add(new InputProblem(file, lineOf(p), p.replaceFirst("^line \\d+: ", ""))));
                    }
                }
                case JSON -> JsonExportReader.read(text, each);
                case FORMAT_LIST -> {
                    int skipped = FormatListReader.read(text, each);
                    if (skipped > 0) {
                        notes.add(file + ": " + skipped + " line(s) were not 'Name : value' and were skipped");
                    }
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(new InputProblem(file, 0, "no such file"));
            return;
        } catch (Sniff.NotAnExport e) {
            problems.add(new InputProblem(file, 0, e.getMessage()));
            return;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.add(new InputProblem(file, line, "not readable as Export-Clixml: " + xmlMessage(e)
                    + (counts.isEmpty() ? "" : "; the objects before it were read")));
            if (counts.isEmpty()) {
                return;
            }
            form = Form.CLIXML;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new InputProblem(file, line, "not readable as ConvertTo-Json output: " + firstLine(e.getOriginalMessage())
                    + (counts.isEmpty() ? "" : "; the objects before it were read")));
            if (counts.isEmpty()) {
                return;
            }
            form = Form.JSON;
        } catch (IOException | RuntimeException e) {
            problems.add(new InputProblem(file, 0, "cannot read: " + firstLine(String.valueOf(e.getMessage()))));
            return;
        }
        if (counts.isEmpty() && named.isPresent()) {
            facts.markCollected(named.get().section());
            counts.put(named.get().name(), 0);
        }
        if (counts.isEmpty()) {
            String why;
            if (unrecognized[0] == 0) {
                why = "holds no objects";
            } else if (!unreadTypes.isEmpty()) {
                why = "holds " + String.join(", ", unreadTypes) + " objects, which no check reads; skipped";
            } else {
                why = "TED cannot tell which cmdlet produced these " + unrecognized[0] + " object(s); name the file after it, "
                        + "e.g. Get-CASMailbox.txt or Get-OrganizationConfig.json (docs/exports.md lists the names)";
            }
            problems.add(new InputProblem(file, 0, why));
            return;
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String readAs = String.join(" + ", counts.keySet()) + " (" + form.label + ")";
        sources.add(new SourceSummary(file, readAs, total, notes));
        if (unrecognized[0] > 0) {
            problems.add(new InputProblem(file, 0, unrecognized[0] + " object(s) in the file are of no kind TED reads and were skipped"));
        }
    }

    /**
     * Folds each ExSetup file version into its server once all files are read: by computer name when the export
     * kept it, else into the only server there is.
     */
    public static void finish(FactSet facts, List<InputProblem> problems) {
        List<ExSetupFile> exSetups = facts.factsOf(ExSetupFile.class);
        List<ted.facts.ExchangeServer> servers = facts.factsOf(ted.facts.ExchangeServer.class);
        for (ExSetupFile x : exSetups) {
            facts.remove(x);
            List<ted.facts.ExchangeServer> target = servers.size() == 1 ? servers
                    : servers.stream().filter(s -> s.isNamed(x.computerName())).toList();
            if (target.size() == 1) {
                ted.facts.ExchangeServer s = target.get(0);
                facts.replace(s, new ted.facts.ExchangeServer(s.Name(), s.Fqdn(), s.AdminDisplayVersion(), x.fileVersion(), s.Site()));
            } else if (servers.isEmpty()) {
                facts.add(new ted.facts.ExchangeServer(x.computerName() == null ? "(server of the ExSetup file)" : x.computerName(),
                        x.computerName(), null, x.fileVersion(), null));
                facts.markCollected("exchangeServers");
            } else {
                problems.add(new InputProblem("ExSetup", 0, "ExSetup version " + x.fileVersion()
                        + " cannot be matched to one of " + servers.size() + " servers; it is left out"));
            }
        }
    }

    /** An organization has one of each; a second, different one is a contradiction to report, not to merge. */
    private static final List<Class<?>> ONE_PER_ORGANIZATION = List.of(ted.facts.OrganizationConfig.class,
            ted.facts.TeamsUpgradePolicy.class, ted.facts.AuthConfig.class);

    private static void take(Object value, Optional<Cmdlet> named, String file, FactSet facts, List<String> notes,
                             Map<String, Integer> counts, int[] unrecognized, List<String> unreadTypes, List<InputProblem> problems) {
        if (value instanceof List<?> items) {
            items.forEach(item -> take(item, named, file, facts, notes, counts, unrecognized, unreadTypes, problems));
            return;
        }
        if (!(value instanceof PsObject obj)) {
            unrecognized[0]++;
            return;
        }
        Optional<Cmdlet> cmdlet = named.isPresent() ? named : Cmdlets.byContent(obj);
        if (cmdlet.isEmpty()) {
            unrecognized[0]++;
            if (!obj.typeNames().isEmpty() && !unreadTypes.contains(obj.typeNames().get(0))) {
                unreadTypes.add(obj.typeNames().get(0));
            }
            return;
        }
        Cmdlet c = cmdlet.get();
        Values values = new Values(obj, file, notes);
        Object fact = c.mapper().apply(values);
        if (fact instanceof ted.facts.AutodiscoverResponse a && a.EmailAddress() == null) {
            fact = Autodiscover.withAddressFromFileName(a, file, notes);
        }
        facts.markCollected(c.section());
        counts.merge(c.name(), 0, Integer::sum);
        if (fact != null && ONE_PER_ORGANIZATION.contains(fact.getClass())) {
            List<?> earlier = facts.factsOf(fact.getClass());
            if (!earlier.isEmpty()) {
                if (!earlier.get(0).equals(fact)) {
                    problems.add(new InputProblem(file, 0, c.name() + " contradicts the one read earlier; the earlier one is kept"));
                }
                return;
            }
        }
        if (fact != null) {
            facts.add(fact);
            counts.merge(c.name(), 1, Integer::sum);
        }
    }

    private static int lineOf(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+): ").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** StAX puts "ParseError at [row,col]" first and the reason after "Message:"; admins need the reason. */
    static String xmlMessage(XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("Message: ");
        String reason = at >= 0 ? text.substring(at + 9).strip() : firstLine(text);
        return reason.contains("must start and end within the same entity") ? "the file is cut short (it ends inside an object)" : firstLine(reason);
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

    /** Reads the byte-order mark, if any, and leaves the stream just after it. */
    static final class Bom {
        private Bom() {
        }

        static Charset charset(InputStream in) throws IOException {
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            in.reset();
            in.mark(2);
            b0 = in.read();
            b1 = in.read();
            if (b0 == 0xFF && b1 == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            in.reset();
            return StandardCharsets.UTF_8;
        }
    }

    /** Tells the export form from the extension, else from the first characters; refuses binary and empty files. */
    static final class Sniff {
        private Sniff() {
        }

        static final class NotAnExport extends IOException {
            NotAnExport(String message) {
                super(message);
            }
        }

        static Form form(Reader text, String fileName) throws IOException {
            text.mark(4096);
            char[] head = new char[4096];
            int n = text.read(head);
            text.reset();
            if (n <= 0 || new String(head, 0, n).isBlank()) {
                throw new NotAnExport("file is empty");
            }
            String start = new String(head, 0, n);
            if (start.indexOf('\0') >= 0 || start.chars().filter(ch -> ch == '\uFFFD').count() > 2) {
                throw new NotAnExport("a binary file, not an export (Export-Clixml, ConvertTo-Json or Format-List text)");
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            char first = start.strip().charAt(0);
            if (lower.endsWith(".xml") || lower.endsWith(".clixml") || first == '<') {
                return Form.CLIXML;
            }
            if (lower.endsWith(".json") || first == '{' || first == '[') {
                return Form.JSON;
            }
            return Form.FORMAT_LIST;
        }
    }
}
