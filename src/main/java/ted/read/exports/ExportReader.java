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
import javax.xml.stream.XMLStreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import ted.facts.FactSet;
import ted.read.ReadLog;
import ted.read.SourceSummary;
import ted.read.ps.CliXmlReader;
import ted.read.ps.CsvExportReader;
import ted.read.ps.FormatListReader;
import ted.read.ps.JsonExportReader;
import ted.read.ps.PsObject;

/**
 * Reads one exported file (Export-Clixml, ConvertTo-Json or Format-List text; UTF-8 or UTF-16 with BOM) into facts.
 * Which cmdlet produced it comes from the file name when it names one, else from each object's type names or
 * properties. Nothing here judges configuration: it only turns exports into the facts the rules read.
 */
public final class ExportReader {

    /** The forms admins hand over. */
    public enum Form {
        CLIXML("Export-Clixml"), JSON("ConvertTo-Json"), FORMAT_LIST("Format-List text"), CSV("Export-Csv");

        final String label;

        Form(String label) {
            this.label = label;
        }
    }

    /**
     * Where a file comes in the order of reading: exports of the records that say which names belong to one person
     * (Get-Mailbox, Get-Recipient) first, then other records that name people (Get-CASMailbox, Get-CsOnlineUser,
     * Get-Group), then files whose cmdlet only their content tells, then the rest, so that by the time a calendar
     * permission names someone by alias, the alias is known.
     */
    public static int readingOrder(Path path) {
        return Cmdlets.byFileName(path.getFileName().toString()).map(c -> switch (c.section()) {
            case "mailboxes" -> 0;
            case "casMailboxes", "teamsUsers", "groups" -> 1;
            default -> 3;
        }).orElse(2);
    }

    /**
     * Reads {@code path}, adding its facts and telling {@code log} what it was read as, or why not; the text values go
     * through {@code strings}, so that equal values of many records and files are kept once.
     */
    public void read(Path path, FactSet facts, ReadLog log, ted.util.Interner strings) {
        FileRead f = new FileRead(path, facts, log, strings);
        Form form = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Charset charset = Bom.charset(in);
            Reader text = new java.io.BufferedReader(new InputStreamReader(in, charset));
            form = Sniff.form(text, path.getFileName().toString());
            switch (form) {
                case CLIXML -> {
                    CliXmlReader reader = new CliXmlReader(text);
                    try {
                        reader.read(f::take);
                    } finally {
                        reader.problems().forEach(p -> log.problem(f.file, lineOf(p), p.replaceFirst("^line \\d+: ", "")));
                    }
                }
                case JSON -> JsonExportReader.read(text, f::take);
                case CSV -> CsvExportReader.read(text, f::take);
                case FORMAT_LIST -> {
                    f.unparsedLines = FormatListReader.read(text, f::take);
                    if (f.unparsedLines > 0) {
                        f.notes.add(f.file + ": " + f.unparsedLines + " line(s) were not 'Name : value' and were skipped");
                    }
                }
            }
        } catch (NoSuchFileException e) {
            log.problem(f.file, 0, "no such file");
            return;
        } catch (Sniff.NotAnExport e) {
            log.problem(f.file, 0, e.getMessage());
            return;
        } catch (CliXmlReader.NotCliXml e) {
            // A HealthChecker folder holds other XML (Defender definitions, app configs): nothing TED reads.
            if (f.named.isEmpty()) {
                log.skipped(f.file, "not Export-Clixml (root element <" + e.rootElement() + ">)");
            } else {
                log.problem(f.file, 0, "not readable as Export-Clixml: the root element is <" + e.rootElement() + ">, not <Objs>");
            }
            return;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            log.problem(f.file, line, "not readable as Export-Clixml: " + xmlMessage(e)
                    + (f.counts.isEmpty() ? "" : "; the objects before it were read"));
            if (f.counts.isEmpty()) {
                return;
            }
            form = Form.CLIXML;
        } catch (JsonProcessingException e) {
            // Jackson parses both ConvertTo-Json and Export-Csv output; which one this was is in form.
            boolean csv = form == Form.CSV;
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            log.problem(f.file, line, "not readable as " + (csv ? "Export-Csv" : "ConvertTo-Json") + " output: "
                    + (csv ? csvMessage(e) : ted.read.ParseErrors.describe(e).replaceFirst("^not valid JSON: ", ""))
                    + (f.counts.isEmpty() ? "" : "; the objects before it were read"));
            if (f.counts.isEmpty()) {
                return;
            }
            form = csv ? Form.CSV : Form.JSON;
        } catch (IOException | RuntimeException e) {
            log.problem(f.file, 0, "cannot read: " + (e instanceof IOException io ? ted.read.InputFiles.reason(io) : "the content is not what its form promises"));
            return;
        } catch (OutOfMemoryError e) {
            log.problem(f.file, 0, "too large to read with this much memory; give Java more (-Xmx) or split the export");
            return;
        }
        f.finish(form);
    }

    /** What one file has yielded so far, so each object can be taken without a long list of parameters. */
    private static final class FileRead {
        final String file;
        final Optional<Cmdlet> named;
        final FactSet facts;
        final ReadLog log;
        final ted.util.Interner strings;
        final Notes notes = new Notes();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final List<String> unreadTypes = new ArrayList<>();
        final Map<String, Integer> misfits = new LinkedHashMap<>();
        int unrecognized;
        int unparsedLines;

        FileRead(Path path, FactSet facts, ReadLog log, ted.util.Interner strings) {
            this.file = path.toString();
            this.strings = strings;
            this.named = Cmdlets.byFileName(path.getFileName().toString());
            this.facts = facts;
            this.log = log;
        }

        void take(Object value) {
            if (value instanceof List<?> items) {
                items.forEach(this::take);
                return;
            }
            if (!(value instanceof PsObject obj)) {
                // Bare strings or numbers (HealthChecker saves some lists of names this way): nothing a check reads.
                unrecognized++;
                if (value != null && !unreadTypes.contains("plain values")) {
                    unreadTypes.add("plain values");
                }
                return;
            }
            if (named.isPresent() && named.get().contradictedByType(obj)) {
                // Type names are what PowerShell says the object is; a file name is only what somebody called it.
                misfits.merge(obj.typeNames().get(0), 1, Integer::sum);
                return;
            }
            Optional<Cmdlet> cmdlet = named.isPresent() ? named : Cmdlets.byContent(obj);
            if (cmdlet.isEmpty()) {
                unrecognized++;
                if (!obj.typeNames().isEmpty() && !unreadTypes.contains(obj.typeNames().get(0) + " objects")) {
                    unreadTypes.add(obj.typeNames().get(0) + " objects");
                }
                return;
            }
            Cmdlet c = cmdlet.get();
            Object fact = c.mapper().apply(new Values(obj, file, notes, strings));
            if (fact instanceof ted.facts.AutodiscoverResponse a && a.EmailAddress() == null) {
                fact = Autodiscover.withAddressFromFileName(a, file, notes);
            }
            if (fact instanceof ExSetupFile x) {
                fact = x.from(file);
            }
            if (fact instanceof ted.facts.CollectionFailure e) {
                fact = e.from(file);
            }
            facts.markCollected(c.section());
            counts.merge(c.name(), 0, Integer::sum);
            if (fact != null && ONE_PER_ORGANIZATION.contains(fact.getClass())) {
                List<?> earlier = facts.factsOf(fact.getClass());
                if (earlier.isEmpty()) {
                    facts.add(fact);
                    counts.merge(c.name(), 1, Integer::sum);
                } else if (earlier.get(0).equals(fact)) {
                    notes.add(file + ": a second " + c.name() + " export; what TED reads from it is the same as the first");
                } else {
                    log.problem(file, 0, c.name() + " contradicts the one read earlier; the earlier one is kept");
                }
                return;
            }
            if (fact != null) {
                facts.add(fact);
                counts.merge(c.name(), 1, Integer::sum);
            }
        }

        void finish(Form form) {
            if (form == Form.FORMAT_LIST && unparsedLines > 0 && counts.values().stream().allMatch(n -> n == 0) && unrecognized == 0) {
                // Not one property line: whatever this is, it is not Format-List output, and reading it as an empty
                // export would pass it off as collected.
                log.problem(file, 0, "holds no 'Name : value' lines, so it is not Format-List output (" + unparsedLines
                        + " line(s) read); export with Format-List, ConvertTo-Json or Export-Clixml");
                return;
            }
            if (form == Form.CSV && counts.values().stream().allMatch(n -> n == 0) && unrecognized == 0 && misfits.isEmpty()) {
                // Export-Csv writes nothing at all for an empty result: a header without rows was cut short or edited.
                log.problem(file, 0, "holds a header but no rows; Export-Csv writes no header for an empty result, so the file "
                        + "was cut short or edited");
                return;
            }
            misfits.forEach((type, n) -> notes.add(file + ": " + n + " " + type + " object(s) left out: the file is named after "
                    + named.map(Cmdlet::name).orElse("?") + ", whose objects are of another type"));
            if (counts.isEmpty() && named.isPresent() && misfits.isEmpty() && unrecognized == 0) {
                facts.markCollected(named.get().section());
                counts.put(named.get().name(), 0);
            }
            if (counts.isEmpty()) {
                if (!misfits.isEmpty()) {
                    log.problem(file, 0, "holds " + String.join(", ", misfits.keySet()) + " objects, not the "
                            + named.map(Cmdlet::name).orElse("?") + " objects its name promises; nothing was read from it");
                } else if (unrecognized == 0) {
                    log.problem(file, 0, "holds no objects");
                } else if (named.isPresent()) {
                    log.problem(file, 0, "holds " + unrecognized + " value(s) that are not " + named.get().name()
                            + " objects (plain text or numbers); nothing was read from it");
                } else if (!unreadTypes.isEmpty()) {
                    log.skipped(file, "holds " + String.join(", ", unreadTypes) + ", which no check reads");
                } else {
                    log.problem(file, 0, "TED cannot tell which cmdlet produced these " + unrecognized + " object(s); name the "
                            + "file after it, e.g. Get-CASMailbox.txt or Get-OrganizationConfig.json (docs/exports.md lists the names)");
                }
                return;
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            String readAs = String.join(" + ", counts.keySet()) + " (" + form.label + ")";
            log.read(new SourceSummary(file, readAs, total, notes.summary(total + unrecognized)));
            if (unrecognized > 0) {
                log.problem(file, 0, unrecognized + " object(s) in the file are of no kind TED reads and were skipped");
            }
        }
    }

    /**
     * Folds each ExSetup file version into its server once all files are read: by computer name when the export
     * kept it, else into the only server there is. Two different versions for one server (HealthChecker keeps an
     * ExSetup1.xml from an earlier run) leave the older one in force, named in a problem: a diagnosis must never
     * pass on the newer build when it cannot tell which is current.
     */
    public static void finish(FactSet facts, ReadLog log) {
        for (ted.facts.CollectionFailure e : facts.factsOf(ted.facts.CollectionFailure.class)) {
            // Kept as a fact too: the checks that needed the cmdlet's output show the error beside their unknown.
            log.problem(e.file(), 0, (e.Cmdlet() == null ? "a cmdlet" : e.Cmdlet()) + " failed when the collect script ran it: "
                    + (e.Error() == null ? "no reason given" : e.Error()) + "; the checks that need it are unknown");
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

    /** An organization has one of each; a second, different one is a contradiction to report, not to merge. */
    private static final List<Class<?>> ONE_PER_ORGANIZATION = List.of(ted.facts.OrganizationConfig.class,
            ted.facts.TeamsUpgradePolicy.class, ted.facts.AuthConfig.class);

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

    /** Jackson's CSV messages, in the admin's words: what was wrong, never the parser's class or setting names. */
    static String csvMessage(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "a field longer than " + ted.read.Limits.MAX_VALUE_CHARS + " characters; no Export-Csv of Exchange needs one";
        }
        String m = firstLine(e.getOriginalMessage());
        if (m.contains("EOF") || m.contains("end-of-input")) {
            return "the file ends inside a quoted field (a quote was never closed, or the file is cut short)";
        }
        return m.replaceAll("\\(.*?\\)", "").replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
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
                throw new NotAnExport("a binary file, not an export (Export-Clixml, ConvertTo-Json, Export-Csv or Format-List text)");
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            char first = start.strip().charAt(0);
            if (lower.endsWith(".xml") || lower.endsWith(".clixml") || first == '<') {
                return Form.CLIXML;
            }
            if (lower.endsWith(".json") || first == '{' || first == '[') {
                return Form.JSON;
            }
            if (lower.endsWith(".csv") || CsvExportReader.looksLikeCsv(start.strip().lines().findFirst().orElse(""))) {
                return Form.CSV;
            }
            return Form.FORMAT_LIST;
        }
    }
}
