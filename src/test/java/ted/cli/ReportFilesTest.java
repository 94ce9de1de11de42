package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * {@code --report FILE} in every format, on a real sample and on the CliXml export folder, each read back with a real
 * parser (jsoup, commonmark, the JDK's XML parser, Jackson's CSV reader) and checked against the JSON report of the
 * same run: one entry per check, with the same status.
 */
class ReportFilesTest {
    private static final Path SAMPLE = Path.of("facts-samples/delegation-reviewer-without-send-on-behalf.yaml");
    private static final Path EXPORTS = Path.of("facts-samples/exports/clixml-delegation");

    @TempDir
    Path dir;

    private Map<String, String> statuses;
    private CliRun run;

    @BeforeEach
    void diagnoseTheSampleWithEveryReport() throws IOException {
        run = CliRun.of("diagnose", SAMPLE.toString(), "--report", dir.resolve("r.html").toString(), "--report",
                dir.resolve("r.md").toString(), "--report", dir.resolve("r.xml").toString(), "--report",
                dir.resolve("r.csv").toString(), "--report", dir.resolve("r.json").toString());
        statuses = statuses(dir.resolve("r.json"));
    }

    private static Map<String, String> statuses(Path json) throws IOException {
        Map<String, String> s = new LinkedHashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("checks").forEach(c -> s.put(c.get("code").asText(), c.get("status").asText()));
        return s;
    }

    @Test
    void eachReportIsNamedOnStderrAndTheExitCodeStillSaysAChecksFailed() {
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(statuses).containsEntry("DELEGATE_CALENDAR_EDITOR", "fail").containsEntry("DELEGATE_SEND_ON_BEHALF", "fail");
        for (String name : List.of("r.html (html)", "r.md (markdown)", "r.xml (junit)", "r.csv (csv)", "r.json (json)")) {
            assertThat(run.err()).contains("ted: wrote " + dir.resolve(name.substring(0, name.indexOf(' '))) + name.substring(name.indexOf(' ')));
        }
        assertThat(run.out()).contains("DELEGATE_CALENDAR_EDITOR");   // stdout keeps its text checklist
    }

    @Test
    void htmlHasOneArticlePerCheckWithItsStatusAndAFlowNodePerStep() throws IOException {
        Document page = Jsoup.parse(dir.resolve("r.html").toFile(), "UTF-8");
        Map<String, String> shown = new LinkedHashMap<>();
        for (Element article : page.select("article[data-code]")) {
            shown.put(article.attr("data-code"), article.attr("data-status"));
            assertThat(article.select(".badge").text()).contains(article.attr("data-status").toUpperCase());
        }
        assertThat(shown).isEqualTo(statuses);
        // the failing checks come first, unfolded; passes sit in a closed <details>
        assertThat(page.select("#attention article").eachAttr("data-code")).containsExactly("DELEGATE_CALENDAR_EDITOR", "DELEGATE_SEND_ON_BEHALF");
        assertThat(page.select("#settled details").attr("open")).isEmpty();
        Element editor = page.getElementById("DELEGATE_CALENDAR_EDITOR");
        assertThat(editor.select("table.evidence td").eachText()).contains("AccessRights", "{Reviewer}");
        assertThat(editor.select("pre code").text()).contains("Set-MailboxFolderPermission -Identity 'jane.doe@contoso.com:\\Calendar'");
        assertThat(editor.select("button.copy")).isNotEmpty();

        JsonNode checks = new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("checks");
        Set<String> steps = new TreeSet<>();
        checks.forEach(c -> steps.add(c.get("section").asText() + "/" + step(c.get("code").asText(), page)));
        assertThat(page.select("svg.flow a.node")).hasSize(steps.size());
        assertThat(page.select("svg.flow a.node[data-status=fail]").eachAttr("href")).contains("#DELEGATE_CALENDAR_EDITOR");
        assertThat(page.select("svg.flow text.lane").stream().map(t -> String.join(" ", t.select("tspan").eachText()))).containsExactly("Prerequisites", "Common steps (all symptoms)",
                "Delegated scheduling", "Escalation");
    }

    private static String step(String code, Document page) {
        return page.getElementById(code).select(".meta").text().replaceAll(" ·.*", "");
    }

    @Test
    void htmlAsksForNothingFromTheNetwork() throws IOException {
        String html = Files.readString(dir.resolve("r.html"));
        Document page = Jsoup.parse(html);
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(page.select("[src], link[href], img, iframe, object, embed")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContainIgnoringCase("url(http");
    }

    @Test
    void markdownRendersWithFailuresFirstAndPassesFolded() throws IOException {
        String md = Files.readString(dir.resolve("r.md"));
        var extensions = List.of(TablesExtension.create());
        String html = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(md));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("h3").eachText()).containsExactly(
                "FAIL: DELEGATE_CALENDAR_EDITOR The delegate has Editor on the delegator's calendar",
                "FAIL: DELEGATE_SEND_ON_BEHALF The delegate is in the delegator's GrantSendOnBehalfTo");
        assertThat(doc.select("pre code.language-powershell").eachText())
                .anyMatch(c -> c.startsWith("Set-MailboxFolderPermission -Identity 'jane.doe@contoso.com:\\Calendar'"));
        // The evidence table keeps its three columns, and the value reads as exported.
        assertThat(doc.select("table").get(1).select("tr").get(1).select("td").eachText())
                .containsExactly("Get-MailboxFolderPermission contoso.com/Users/Jane Doe:\\Calendar, User John Smith (john.smith@contoso.com)",
                        "AccessRights", "{Reviewer}");
        int settled = (int) statuses.values().stream().filter(s -> Set.of("pass", "info", "skipped").contains(s)).count();
        assertThat(md).contains("<details>", "<summary>" + settled + " checks</summary>");
        String folded = md.substring(md.indexOf("<details>"), md.indexOf("</details>"));
        statuses.forEach((code, status) -> {
            if (Set.of("pass", "info", "skipped").contains(status)) {
                assertThat(folded).contains("| " + status.toUpperCase() + " | `" + code + "` |");
            }
        });
    }

    @Test
    void junitHasOneTestCasePerCheckWithFailuresAndSkipsWhereTheStatusesSay() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("r.xml").toFile());
        var suite = (org.w3c.dom.Element) doc.getElementsByTagName("testsuite").item(0);
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(statuses.size()).isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
        long fails = statuses.values().stream().filter("fail"::equals).count();
        long skips = statuses.values().stream().filter(s -> s.equals("unknown") || s.equals("skipped")).count();
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(fails));
        assertThat(suite.getAttribute("skipped")).isEqualTo(String.valueOf(skips));
        for (int i = 0; i < cases.getLength(); i++) {
            var c = (org.w3c.dom.Element) cases.item(i);
            String code = c.getAttribute("name").substring(0, c.getAttribute("name").indexOf(':'));
            String expected = switch (statuses.get(code)) {
                case "fail" -> "failure";
                case "error" -> "error";
                case "unknown", "skipped" -> "skipped";
                default -> null;
            };
            assertThat(c.getElementsByTagName(expected == null ? "failure" : expected).getLength()).as(code).isEqualTo(expected == null ? 0 : 1);
        }
        var failure = (org.w3c.dom.Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).contains("AccessRights = {Reviewer}", "Set-MailboxFolderPermission");
    }

    @Test
    void csvHasOneRowPerCheckWithTheDocumentedColumns() throws IOException {
        List<Map<String, String>> rows = csv(dir.resolve("r.csv"));
        assertThat(rows).extracting(r -> r.get("code")).containsExactlyElementsOf(statuses.keySet());
        rows.forEach(r -> assertThat(r.get("status")).isEqualTo(statuses.get(r.get("code"))));
        Map<String, String> editor = rows.stream().filter(r -> r.get("code").equals("DELEGATE_CALENDAR_EDITOR")).findFirst().orElseThrow();
        assertThat(editor.keySet()).containsExactly("code", "status", "symptoms", "title", "section", "step", "severity",
                "evidence", "fix", "waived_until", "waiver_reason");
        assertThat(editor.get("section")).isEqualTo("delegation");
        assertThat(editor.get("evidence")).contains("AccessRights = {Reviewer}");
        assertThat(editor.get("fix").lines().findFirst().orElseThrow()).startsWith("Set-MailboxFolderPermission");
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void theExportFolderGivesTheSameStatusesInEveryFormat() throws IOException {
        CliRun r = CliRun.of("diagnose", EXPORTS.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json", "--report", dir.resolve("e.csv").toString(),
                "--report", dir.resolve("e.html").toString());
        Map<String, String> fromJson = new LinkedHashMap<>();
        new ObjectMapper().readTree(r.out()).get("checks").forEach(c -> fromJson.put(c.get("code").asText(), c.get("status").asText()));
        Map<String, String> fromCsv = new LinkedHashMap<>();
        csv(dir.resolve("e.csv")).forEach(row -> fromCsv.put(row.get("code"), row.get("status")));
        Map<String, String> fromHtml = new LinkedHashMap<>();
        Jsoup.parse(dir.resolve("e.html").toFile(), "UTF-8").select("article[data-code]")
                .forEach(a -> fromHtml.put(a.attr("data-code"), a.attr("data-status")));
        assertThat(fromCsv).isEqualTo(fromJson).containsEntry("DELEGATE_CALENDAR_EDITOR", "fail");
        assertThat(fromHtml).isEqualTo(fromJson);
        assertThat(Jsoup.parse(dir.resolve("e.html").toFile(), "UTF-8").select("table.inputs td").text())
                .contains("Get-Mailbox.xml").contains("Export-Clixml");
    }

    @Test
    void hostileValuesStayTextInEveryFormat() throws IOException {
        String hostile = "=HYPERLINK(\"x\") <script>alert(1)</script> | *John* `Smith`";
        Path facts = dir.resolve("hostile.yaml");
        Files.writeString(facts, Files.readString(SAMPLE).replace("User: John Smith", "User: '" + hostile.replace("'", "''") + "'"),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("diagnose", facts.toString(), "--report", dir.resolve("h.html").toString(), "--report",
                dir.resolve("h.md").toString(), "--report", dir.resolve("h.csv").toString(), "--report", dir.resolve("h.xml").toString());
        assertThat(r.err()).contains("wrote");
        Document page = Jsoup.parse(dir.resolve("h.html").toFile(), "UTF-8");
        assertThat(page.select("script")).hasSize(1);   // TED's own copy-button script, nothing from the input
        String md = Files.readString(dir.resolve("h.md"));
        var extensions = List.of(TablesExtension.create());
        Document rendered = Jsoup.parse(HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(md)));
        assertThat(rendered.select("script")).isEmpty();
        assertThat(rendered.select("em, code").eachText()).noneMatch(t -> t.contains("John"));
        assertThat(rendered.text()).contains("User " + hostile);
        rendered.select("table").forEach(t -> t.select("tr").forEach(row -> assertThat(row.children().size()).isEqualTo(t.select("tr").first().children().size())));
        for (Map<String, String> row : csv(dir.resolve("h.csv"))) {
            row.values().forEach(v -> assertThat(v).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
        }
        assertThat(parseXml(dir.resolve("h.xml"))).isTrue();
    }

    private static boolean parseXml(Path file) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void anUnknownExtensionIsAUsageErrorBeforeAnythingRuns() {
        CliRun r = CliRun.of("diagnose", SAMPLE.toString(), "--report", dir.resolve("r.pdf").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("--report: cannot tell the format of").contains(".html, .htm").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("r.pdf"))).isFalse();
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedAndTheOthersAreStillWritten() {
        CliRun r = CliRun.of("diagnose", SAMPLE.toString(), "--report", dir.resolve("missing/r.md").toString(), "--report",
                dir.resolve("ok.md").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("missing/r.md: cannot write").contains("wrote " + dir.resolve("ok.md"));
        assertThat(Files.exists(dir.resolve("ok.md"))).isTrue();
    }

    @Test
    void formatAcceptsEveryReportFormatForStandardOutput() {
        assertThat(CliRun.of("diagnose", SAMPLE.toString(), "--format", "markdown").out()).startsWith("# TED diagnosis: delegation");
        assertThat(CliRun.of("diagnose", SAMPLE.toString(), "--format", "CSV").out()).startsWith("\"code\",\"status\"");
        assertThat(CliRun.of("diagnose", SAMPLE.toString(), "--format", "junit").out()).contains("<testsuites>");
        assertThat(CliRun.of("diagnose", SAMPLE.toString(), "--format", "html").out()).startsWith("<!DOCTYPE html>");
    }
}
