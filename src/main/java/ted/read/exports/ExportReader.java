package ted.read.exports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import ted.facts.FactSet;
import ted.read.ReadLog;
import ted.read.ps.CliXmlReader;
import ted.read.ps.CsvExportReader;
import ted.read.ps.FormatListReader;
import ted.read.ps.JsonExportReader;

/**
 * Reads one exported file (Export-Clixml, ConvertTo-Json, Export-Csv or Format-List text; UTF-8 or UTF-16 with BOM,
 * UTF-8 without, or the Windows ANSI code page ({@link Ansi}))
 * into facts: opens it, tells its form ({@link Sniff}) and character set ({@link Bom}, {@link Ansi}), hands it to the parser of that
 * form, and turns a parser's failure into one problem line ({@link ParserMessages}); what the objects become is
 * {@link ExportObjects}'s business. Nothing here judges configuration: it only turns exports into the facts the rules
 * read.
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
        ExportObjects f = new ExportObjects(path, facts, log, strings);
        Form form = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Charset charset = Bom.charset(in);
            if (charset == null) {
                charset = Ansi.isWindows1252(path) ? Ansi.WINDOWS_1252 : java.nio.charset.StandardCharsets.UTF_8;
                if (charset == Ansi.WINDOWS_1252) {
                    f.notes.add(Ansi.note(f.file));
                }
            }
            Reader text = new java.io.BufferedReader(new InputStreamReader(in, charset));
            form = Sniff.form(text, path.getFileName().toString());
            switch (form) {
                case CLIXML -> {
                    CliXmlReader reader = new CliXmlReader(text);
                    try {
                        reader.read(f::take);
                    } finally {
                        reader.problems().forEach(p -> log.problem(f.file, ParserMessages.lineOf(p), p.replaceFirst("^line \\d+: ", "")));
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
            log.problem(f.file, line, "not readable as Export-Clixml: " + ParserMessages.xmlMessage(e)
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
                    + (csv ? ParserMessages.csvMessage(e) : ted.read.ParseErrors.describe(e).replaceFirst("^not valid JSON: ", ""))
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
        if (PARTIAL.matcher(path.getFileName().toString()).matches()) {
            int objects = f.counts.values().stream().mapToInt(Integer::intValue).sum();
            log.problem(f.file, 0, "a partial export: " + f.named.map(Cmdlet::name).orElse("the cmdlet") + " stopped before it "
                    + "finished (the collect script keeps what it wrote under this name), so the " + objects + " object(s) in it are "
                    + "read and whatever came after them is missing: a mailbox that is not in it is not checked");
        }
    }

    /** How the collect script names an export its cmdlet did not finish: {@code Get-Mailbox.partial.csv}. */
    static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile("(?i).*\\.partial\\.[a-z]+");
}
