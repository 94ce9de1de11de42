package ted.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import ted.engine.Finding;
import ted.engine.Status;
import ted.read.InputProblem;
import ted.read.SourceSummary;
import ted.scan.ScanSummary;
import ted.scan.Scanner;

/**
 * A scan written through Jackson's generators: JSON (a public contract, docs/scan.md), whose subjects are written as
 * they are diagnosed, never held, and whose summary lists every object each check did not pass; CSV, one row per
 * object and check that did not pass, written from the summary at the end (an object's status is its worst over every
 * subject that evaluated it, known only then).
 */
public abstract class ScanStream implements Consumer<Scanner.Result>, AutoCloseable {

    /** Called once the scan is done, with what only the end knows. */
    public abstract void finish(ScanSummary summary, List<SourceSummary> sources, List<InputProblem> problems);

    @Override
    public abstract void close();

    /** {@code shown} is applied to every name and text written per subject: the redactor, or nothing. */
    public static ScanStream json(PrintWriter out, String version, int mailboxes, int pairs, UnaryOperator<String> shown) {
        return new Json(out, version, mailboxes, pairs, shown);
    }

    public static ScanStream json(PrintWriter out, String version, int mailboxes, int pairs) {
        return json(out, version, mailboxes, pairs, UnaryOperator.identity());
    }

    /** {@code shown} is applied to every name and text written: the redactor, or nothing. */
    public static ScanStream csv(PrintWriter out, UnaryOperator<String> shown) {
        return new Csv(out, shown);
    }

    public static ScanStream csv(PrintWriter out) {
        return csv(out, UnaryOperator.identity());
    }

    /** {"tool","version","scope":{...},"subjects":[...],"summary":{...},"sources":[...],"errors":[...]}. */
    private static final class Json extends ScanStream {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        private final JsonGenerator g;
        private final UnaryOperator<String> shown;

        Json(PrintWriter out, String version, int mailboxes, int pairs, UnaryOperator<String> shown) {
            this.shown = shown;
            try {
                g = JSON.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("tool", "ted");
                g.writeStringField("version", version);
                g.writeObjectFieldStart("scope");
                g.writeNumberField("mailboxes", mailboxes);
                g.writeNumberField("pairs", pairs);
                g.writeEndObject();
                g.writeArrayFieldStart("subjects");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void accept(Scanner.Result r) {
            try {
                g.writeStartObject();
                g.writeStringField("user", shown.apply(r.subject().userName()));
                g.writeStringField("delegate", r.subject().delegateName() == null ? null : shown.apply(r.subject().delegateName()));
                g.writeArrayFieldStart("checks");
                for (Finding f : r.diagnosis().findings()) {
                    g.writeStartObject();
                    g.writeStringField("code", f.getCode());
                    g.writeStringField("status", f.getStatus().id());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(ScanSummary summary, List<SourceSummary> sources, List<InputProblem> problems) {
            try {
                g.writeEndArray();
                g.writeObjectFieldStart("summary");
                for (ScanSummary.CheckSummary c : summary.checks()) {
                    g.writeObjectFieldStart(c.check().code());
                    g.writeStringField("unit", c.unit().id());
                    Map<Status, Integer> counts = c.counts();
                    for (Status s : Status.values()) {
                        g.writeNumberField(s.id(), counts.get(s));
                    }
                    g.writeNumberField("waived", c.waived());
                    g.writeArrayFieldStart("affected");
                    c.forEachAffected(a -> {
                        try {
                            g.writeStartObject();
                            g.writeStringField("user", a.user() == null ? null : shown.apply(a.user()));
                            g.writeStringField("delegate", a.delegate() == null ? null : shown.apply(a.delegate()));
                            g.writeStringField("status", a.status().id());
                            g.writeEndObject();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeFieldName("sources");
                JSON.writeValue(g, JsonRenderer.sources(sources));
                g.writeFieldName("errors");
                JSON.writeValue(g, JsonRenderer.errors(problems));
                g.writeEndObject();
                g.writeRaw('\n');
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** user,delegate,code,status,cause,detail: one row per object (organisation, mailbox, pair) and check that did not pass. */
    private static final class Csv extends ScanStream {
        private final SequenceWriter rows;
        private final UnaryOperator<String> shown;

        Csv(PrintWriter out, UnaryOperator<String> shown) {
            this.shown = shown;
            CsvSchema schema = CsvSchema.builder().addColumn("user").addColumn("delegate").addColumn("code").addColumn("status")
                    .addColumn("cause").addColumn("detail").build().withHeader();
            try {
                rows = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build()
                        .writerFor(String[].class).with(schema).writeValues(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Nothing yet: an object's row waits for its worst status, known once every subject naming it was diagnosed. */
        @Override
        public void accept(Scanner.Result r) {
        }

        @Override
        public void finish(ScanSummary summary, List<SourceSummary> sources, List<InputProblem> problems) {
            for (ScanSummary.CheckSummary c : summary.checks()) {
                c.forEachAffected(a -> {
                    String cause = a.cause() == null ? null : a.cause().text();
                    String detail = a.cause() == null ? null : a.cause().detail(a.named());
                    try {
                        rows.write(new String[] {a.user() == null ? "" : shown.apply(a.user()),
                            a.delegate() == null ? "" : shown.apply(a.delegate()), c.check().code(), a.status().id(),
                            cause == null ? "" : CsvRenderer.safe(shown.apply(cause)),
                            detail == null ? "" : CsvRenderer.safe(shown.apply(detail))});
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            try {
                rows.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
