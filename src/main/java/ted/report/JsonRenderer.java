package ted.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ted.engine.Diagnosis;
import ted.engine.Evidence;
import ted.engine.Finding;
import ted.facts.Case;
import ted.facts.Symptom;
import ted.read.InputProblem;
import ted.read.SourceSummary;

/**
 * One JSON object: the case, a summary, {@code checks} (one element per check in scope, in the guide's order),
 * {@code sources} (one per input file read), {@code skipped} (files that held nothing TED reads), {@code ruleErrors} (rules that threw), {@code errors} (input problems) and {@code notes} (about the run,
 * such as an expired waiver); each check has {@code waiver} ({@code reason}, {@code expires}) when one applies. Field names are a public contract; add, never rename.
 */
public final class JsonRenderer implements Renderer {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void render(Report report, PrintWriter out) {
        try {
            out.println(mapper.writeValueAsString(toTree(report)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> toTree(Report report) {
        Diagnosis d = report.diagnosis();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "ted");
        root.put("version", report.version());
        root.put("case", caseOf(d.subject()));
        Map<String, Object> summary = new LinkedHashMap<>();
        d.counts().forEach((status, n) -> summary.put(status.id(), n));
        root.put("summary", summary);
        root.put("checks", d.findings().stream().map(f -> check(f, report.waiver(f))).toList());
        root.put("sources", sources(report.sources()));
        root.put("skipped", report.skipped().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("why", f.why());
            return m;
        }).toList());
        root.put("ruleErrors", d.errors().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.rule());
            m.put("location", e.location());
            m.put("message", e.message());
            return m;
        }).toList());
        root.put("errors", errors(report.problems()));
        root.put("notes", report.notes());
        return root;
    }

    /** The files read, as both a diagnosis's and a scan's JSON list them. */
    static List<Map<String, Object>> sources(List<SourceSummary> sources) {
        return sources.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", s.file());
            m.put("readAs", s.readAs());
            m.put("objects", s.objects());
            m.put("notes", s.notes());
            return m;
        }).toList();
    }

    /** The input problems, as both a diagnosis's and a scan's JSON list them: line null where there is none. */
    static List<Map<String, Object>> errors(List<InputProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line() > 0 ? p.line() : null);
            m.put("column", p.column() > 0 ? p.column() : null);
            m.put("message", p.message());
            return m;
        }).toList();
    }

    private static Map<String, Object> caseOf(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symptoms", c.symptoms().stream().map(Symptom::id).toList());
        m.put("user", c.user() == null ? null : c.user().getUpn());
        m.put("delegate", c.delegate() == null ? null : c.delegate().getUpn());
        return m;
    }

    private static Map<String, Object> check(Finding f, Report.Waived waived) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.getCode());
        m.put("status", f.getStatus().id());
        m.put("symptoms", f.symptoms().stream().map(Symptom::id).toList());
        m.put("title", f.check().title());
        m.put("section", f.check().section().id());
        m.put("severity", f.check().severity());
        m.put("cause", f.cause());
        m.put("evidence", f.evidence().stream().map(JsonRenderer::evidence).toList());
        m.put("fix", f.fixes());
        m.put("collect", f.collects());
        m.put("rule", f.rule());
        m.put("source", f.check().source());
        if (waived == null) {
            m.put("waiver", null);
        } else {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("reason", waived.reason());
            w.put("expires", waived.expires());
            m.put("waiver", w);
        }
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.source());
        m.put("property", e.property().isEmpty() ? null : e.property());
        m.put("value", e.value());
        m.put("text", e.toString());
        return m;
    }
}
