package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 3 and 4, the script side: a probe says where it ran and what answered (RunFrom, the status and
 * headers of the first answer, redirects recorded rather than followed, transport errors apart from HTTP answers, TLS
 * 1.2 on), and dates leave PowerShell as ISO 8601 ('o') whatever the server's culture. PowerShell does not run here:
 * what it would do is read from the script's text, and the files it would write are built and handed to TED.
 */
class CollectScriptProbeAndDatesTest {
    @TempDir
    Path dir;

    static String oneCase() {
        return CliRun.of("collect-script", "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com").out();
    }

    static String org() {
        return CliRun.of("collect-script", "--org").out();
    }

    /** The text of one function of the script, from its declaration to the closing brace at the start of a line. */
    static String function(String script, String name) {
        Matcher m = Pattern.compile("(?ms)^function " + name + "\\b.*?^}").matcher(script);
        assertThat(m.find()).as("function " + name).isTrue();
        return m.group();
    }

    /** The text of the probe part, from its region to its end. */
    static String probePart(String script) {
        int start = script.indexOf("#region Part 3: web probes");
        assertThat(start).isPositive();
        return script.substring(start, script.indexOf("#endregion", start));
    }

    // ------------------------------------------------------------------ item 3: the script's text

    /** Before: Invoke-RestMethod followed Exchange Online's redirect through internal DNS, and recorded only the end. */
    @Test
    void everyRequestRecordsItsFirstAnswerWithoutFollowingRedirects() {
        String s = oneCase();
        assertThat(s).doesNotContain("Invoke-RestMethod");
        List<String> requests = s.lines().filter(l -> l.contains("Invoke-WebRequest") && !l.strip().startsWith("#")).toList();
        assertThat(requests).hasSize(2);
        for (String line : requests) {
            assertThat(line).contains("-MaximumRedirection 0").contains("-TimeoutSec 30").contains("-UseBasicParsing")
                    .contains("-ErrorAction SilentlyContinue");
        }
        // -SkipHttpErrorCheck (PowerShell 7) only under the version guard; Windows PowerShell gets the other line.
        String web = function(s, "WebAnswer");
        assertThat(web).contains("if ($PSVersionTable.PSVersion.Major -ge 7) {\n            $response = Invoke-WebRequest -Uri $Uri -UseBasicParsing "
                + "-UserAgent Teams -MaximumRedirection 0 -TimeoutSec 30 -SkipHttpErrorCheck -ErrorAction SilentlyContinue\n        } else {\n"
                + "            $response = Invoke-WebRequest -Uri $Uri -UseBasicParsing -UserAgent Teams -MaximumRedirection 0 -TimeoutSec 30 "
                + "-ErrorAction SilentlyContinue\n        }");
        // The status and the headers that matter, from the answer or from the exception that carries it.
        assertThat(web).contains("$answer.StatusCode = [int] $response.StatusCode")
                .contains("$answer.Location = HeaderText $response.Headers 'Location'")
                .contains("$answer.WwwAuthenticate = HeaderText $response.Headers 'WWW-Authenticate'")
                .contains("$answer.StatusCode = [int] $http.StatusCode")
                .contains("$answer.Location = HeaderText $http.Headers 'Location'")
                .contains("$answer.WwwAuthenticate = HeaderText $http.Headers 'WWW-Authenticate'");
        assertThat(function(s, "HeaderText")).contains("(@($value) | ForEach-Object { \"$_\" }) -join ', '");
    }

    /** Before: a TLS or proxy failure was saved as the answer's Error, and TED failed AUTODISCOVER_ON_PREM_EWS. */
    @Test
    void aTransportErrorIsRecordedOnlyInTheCatchBranchWithoutAResponse() {
        String web = function(oneCase(), "WebAnswer");
        int catchAt = web.indexOf("} catch {");
        String catchBranch = web.substring(catchAt);
        int withResponse = catchBranch.indexOf("$http = $_.Exception.Response\n        if ($http) {");
        int insecure = catchBranch.indexOf("} elseif (\"$($_.FullyQualifiedErrorId)\" -like 'InsecureRedirection*') {");
        int without = catchBranch.indexOf("} else {\n            $answer.TransportError = $_.Exception.Message");
        assertThat(withResponse).isPositive();
        assertThat(insecure).isGreaterThan(withResponse);
        assertThat(without).isGreaterThan(insecure);
        // Error only where there was an HTTP answer; TransportError only where there was none.
        assertThat(catchBranch.substring(withResponse, without)).doesNotContain("TransportError");
        assertThat(catchBranch.substring(without)).doesNotContain("$answer.Error");
        assertThat(web.substring(0, catchAt)).doesNotContain("$answer.TransportError = $_");
        // The Autodiscover answer keeps them apart too: a transport error sets no Error.
        String ad = function(oneCase(), "AutodiscoverAnswer");
        assertThat(ad).contains("if ($answer.TransportError) {\n        $problem = $null").contains("TransportError = $answer.TransportError");
        assertThat(probePart(oneCase())).contains("Error = $answer.Error; TransportError = $answer.TransportError; RunFrom = $RunFrom");
    }

    /** Before: the Autodiscover answer did not say where it ran, and the probe needed the Exchange part to run. */
    @Test
    void theProbePartRunsOnItsOwnAndEveryRecordSaysWhereItRan() {
        String s = oneCase();
        assertThat(s).contains("[ValidateSet('All', 'Exchange', 'Teams', 'Probe')] [string] $Part = 'All'")
                .contains("[ValidateSet('inside', 'outside')] [string] $RunFrom = 'inside'")
                .contains("$ProbePart = if ($RunFrom -eq 'outside') { 'Probe-outside' } else { 'Probe' }")
                .contains("elseif ($Part -eq 'Probe') { @($ProbePart) }")
                .contains("if ($Requested -contains $ProbePart) {");
        String probe = probePart(s);
        // No Exchange or Teams cmdlet, no HasCmdlets: it runs on any machine with PowerShell.
        String probeCode = probe + function(s, "WebAnswer") + function(s, "AutodiscoverAnswer") + function(s, "HeaderText");
        assertThat(probeCode.replaceAll("(?m)^\\s*#.*$", "")).doesNotContainPattern("\\b(Get|Test|Set)-(?!Content\\b)[A-Z]")
                .doesNotContain("HasCmdlets");
        assertThat(function(s, "AutodiscoverAnswer")).contains("RunFrom = $RunFrom");
        assertThat(probe).contains("RunFrom = $RunFrom }").doesNotContain("RunFrom = 'inside'")
                .contains("(Join-Path $OutDir \"Autodiscover-$RunFrom.json\")").contains("(Join-Path $OutDir \"RestApiProbe-$RunFrom.json\")");
        // TLS 1.2 is on before the first request.
        int tls = probe.indexOf("[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12");
        assertThat(tls).isPositive().isLessThan(probe.indexOf("AutodiscoverAnswer $address"));
        // The header says the probes run from inside by default and how to run them from outside.
        assertThat(s).contains("Where the probes run: from inside your network by default (-RunFrom inside)")
                .contains(".\\collect.ps1 -Part Probe -RunFrom outside").contains("Autodiscover-outside.json, RestApiProbe-outside.json")
                .contains("the script follows that chain itself, at most 5 redirects (RedirectCount=5), records each one in Hops")
                .contains("The /api probe records its first answer");
    }

    /** Autodiscover V2 for an on-premises mailbox is a 302 then the on-premises JSON: the chain is followed by hand. */
    @Test
    void theAutodiscoverRedirectChainIsFollowedByHandAndEachHopRecorded() {
        String ad = function(oneCase(), "AutodiscoverAnswer");
        assertThat(ad).contains("'https://outlook.office365.com/autodiscover/autodiscover.json?Email=' + [uri]::EscapeDataString($Address) + '&Protocol=EWS&RedirectCount=5'")
                .contains("$hops += [pscustomobject]@{ Url = $answer.Url; StatusCode = $answer.StatusCode; Location = $answer.Location }")
                .contains("$redirected = $answer.Location -and $answer.StatusCode -ge 300 -and $answer.StatusCode -lt 400")
                .contains("$uri = (New-Object System.Uri -ArgumentList ([uri] $uri), $answer.Location).AbsoluteUri")
                .contains("} while ($redirected -and $hops.Count -le 5)")
                .contains("$problem = 'more than 5 redirects; the last went to ' + $answer.Location")
                .contains("Hops = $hops");
    }

    // ------------------------------------------------------------------ item 3: what TED makes of the files

    /** Autodiscover-inside.json as the script writes it (ConvertTo-Json of the records, with a BOM from Set-Content). */
    static String autodiscover(String runFrom, String body) {
        return "\ufeff[\n    {\n        \"EmailAddress\":  \"jane.doe@contoso.com\",\n" + body + ",\n        \"RunFrom\":  \"" + runFrom + "\"\n    }\n]";
    }

    static final String ON_PREM_ANSWER = """
                    "Protocol":  "EWS",
                    "Url":  "https://mail.contoso.com/EWS/Exchange.asmx",
                    "StatusCode":  200,
                    "Error":  null,
                    "TransportError":  null,
                    "Hops":  [
                                 {
                                     "Url":  "https://outlook.office365.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=5",
                                     "StatusCode":  302,
                                     "Location":  "https://autodiscover.contoso.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=4"
                                 },
                                 {
                                     "Url":  "https://autodiscover.contoso.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=4",
                                     "StatusCode":  200,
                                     "Location":  null
                                 }
                             ]""";

    static final String TRANSPORT_ERROR = """
                    "Protocol":  null,
                    "Url":  null,
                    "StatusCode":  null,
                    "Error":  null,
                    "TransportError":  "The underlying connection was closed: An unexpected error occurred on a send. (Authentication failed because the remote party has closed the transport stream.)",
                    "Hops":  [
                                 {
                                     "Url":  "https://outlook.office365.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=5",
                                     "StatusCode":  null,
                                     "Location":  null
                                 }
                             ]""";

    static final String FORBIDDEN_ON_PREM = """
                    "Protocol":  null,
                    "Url":  null,
                    "StatusCode":  403,
                    "Error":  "The remote server returned an error: (403) Forbidden.",
                    "TransportError":  null,
                    "Hops":  [
                                 {
                                     "Url":  "https://outlook.office365.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=5",
                                     "StatusCode":  302,
                                     "Location":  "https://autodiscover.contoso.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=4"
                                 },
                                 {
                                     "Url":  "https://autodiscover.contoso.com/autodiscover/autodiscover.json?Email=jane.doe%40contoso.com&Protocol=EWS&RedirectCount=4",
                                     "StatusCode":  403,
                                     "Location":  null
                                 }
                             ]""";

    Path calendarApp(String name) throws IOException {
        Path folder = CultureEncodingAndProbePlaceTest.copy("json-calendar-app", dir.resolve(name));
        Files.delete(folder.resolve("Autodiscover-jane.doe@contoso.com.json"));
        return folder;
    }

    static JsonNode check(Path folder, String symptom, String code) throws IOException {
        CliRun run = CliRun.of("diagnose", folder.toString(), "--symptom", symptom, "--user", "jane.doe@contoso.com", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("errors").toString()).doesNotContain("Autodiscover").doesNotContain("RestApiProbe");
        for (JsonNode c : root.path("checks")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no " + code + " in " + run.out());
    }

    @Test
    void anInsideAnswerIsUnknownWithTheCommandToRunFromOutside() throws IOException {
        Path folder = calendarApp("inside");
        Files.writeString(folder.resolve("Autodiscover-inside.json"), autodiscover("inside", ON_PREM_ANSWER));
        JsonNode c = check(folder, "calendar-app", "AUTODISCOVER_ON_PREM_EWS");
        assertThat(c.path("status").asText()).isEqualTo("unknown");
        assertThat(c.toString()).contains("inside the network").contains("from a machine outside the corporate network")
                .contains("[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12")
                .contains("autodiscover.json?Email=jane.doe%40contoso.com");
    }

    @Test
    void theOutsideFolderCopiedBesideTheInsideOneDecides() throws IOException {
        Path folder = calendarApp("outside-pass");
        Files.writeString(folder.resolve("Autodiscover-inside.json"), autodiscover("inside", ON_PREM_ANSWER));
        Files.writeString(folder.resolve("Autodiscover-outside.json"), autodiscover("outside", ON_PREM_ANSWER));
        JsonNode pass = check(folder, "calendar-app", "AUTODISCOVER_ON_PREM_EWS");
        assertThat(pass.path("status").asText()).isEqualTo("pass");
        assertThat(pass.toString()).doesNotContain("does not say where the request ran");

        // The internet is refused at the on-premises Autodiscover while the inside answer works: that is a failure.
        Path blocked = calendarApp("outside-fail");
        Files.writeString(blocked.resolve("Autodiscover-inside.json"), autodiscover("inside", ON_PREM_ANSWER));
        Files.writeString(blocked.resolve("Autodiscover-outside.json"), autodiscover("outside", FORBIDDEN_ON_PREM));
        JsonNode fail = check(blocked, "calendar-app", "AUTODISCOVER_ON_PREM_EWS");
        assertThat(fail.path("status").asText()).isEqualTo("fail");
        assertThat(fail.toString()).contains("403").contains("(403) Forbidden");
    }

    @Test
    void aTransportErrorIsUnknownNotFailFromInsideOrOutside() throws IOException {
        for (String place : List.of("inside", "outside")) {
            Path folder = calendarApp("transport-" + place);
            Files.writeString(folder.resolve("Autodiscover-" + place + ".json"), autodiscover(place, TRANSPORT_ERROR));
            JsonNode c = check(folder, "calendar-app", "AUTODISCOVER_ON_PREM_EWS");
            assertThat(c.path("status").asText()).as(place).isEqualTo("unknown");
            assertThat(c.toString()).contains("TLS 1.2").contains("The underlying connection was closed").doesNotContain("Publish Autodiscover");
        }
    }

    /** RestApiProbe-<RunFrom>.json as the script writes it. */
    static String restApiProbe(String runFrom, String statusCode, String location, String wwwAuthenticate, String error, String transportError) {
        return "\ufeff{\n    \"Url\":  \"https://mail.contoso.com/api\",\n    \"StatusCode\":  " + statusCode + ",\n    \"Location\":  " + location
                + ",\n    \"WwwAuthenticate\":  " + wwwAuthenticate + ",\n    \"Error\":  " + error + ",\n    \"TransportError\":  " + transportError
                + ",\n    \"RunFrom\":  \"" + runFrom + "\"\n}";
    }

    static final String REDIRECT_302 = restApiProbe("%s", "302", "\"https://login.contoso.com/adfs/ls/?wa=wsignin1.0\"", "null", "null", "null");

    /** Before: Windows PowerShell raised the 302 as an error and the probe recorded no status at all. */
    @Test
    void aRedirectedApiProbeKeepsItsStatusAndLocationAndDecidesOnlyFromOutside() throws IOException {
        Path inside = calendarApp("api-inside");
        Files.writeString(inside.resolve("Autodiscover-inside.json"), autodiscover("inside", ON_PREM_ANSWER));
        Files.writeString(inside.resolve("RestApiProbe-inside.json"), REDIRECT_302.formatted("inside"));
        JsonNode unknown = check(inside, "presence", "REST_API_PUBLISHED");
        assertThat(unknown.path("status").asText()).isEqualTo("unknown");
        assertThat(unknown.toString()).contains("302").contains("from a machine outside the corporate network");

        Path outside = calendarApp("api-outside");
        Files.writeString(outside.resolve("Autodiscover-outside.json"), autodiscover("outside", ON_PREM_ANSWER));
        Files.writeString(outside.resolve("RestApiProbe-outside.json"), REDIRECT_302.formatted("outside"));
        JsonNode fail = check(outside, "presence", "REST_API_PUBLISHED");
        assertThat(fail.path("status").asText()).isEqualTo("fail");
        assertThat(fail.toString()).contains("302").contains("should get 401");

        Files.writeString(outside.resolve("RestApiProbe-outside.json"),
                restApiProbe("outside", "401", "null", "\"Bearer client_id=\\\"00000002-0000-0ff1-ce00-000000000000\\\"\"", "\"The remote server returned an error: (401) Unauthorized.\"", "null"));
        assertThat(check(outside, "presence", "REST_API_PUBLISHED").path("status").asText()).isEqualTo("pass");
    }

    @Test
    void anApiProbeWithATransportErrorIsUnknownNotFail() throws IOException {
        Path folder = calendarApp("api-transport");
        Files.writeString(folder.resolve("Autodiscover-outside.json"), autodiscover("outside", ON_PREM_ANSWER));
        Files.writeString(folder.resolve("RestApiProbe-outside.json"), restApiProbe("outside", "null", "null", "null", "null",
                "\"Unable to connect to the remote server (No connection could be made because the target machine actively refused it)\""));
        JsonNode c = check(folder, "presence", "REST_API_PUBLISHED");
        assertThat(c.path("status").asText()).isEqualTo("unknown");
        assertThat(c.toString()).contains("Unable to connect to the remote server").contains("TLS 1.2").doesNotContain("Publish https://");
    }

    // ------------------------------------------------------------------ item 4: dates in the invariant form

    /** Before: Export-Csv wrote StartTime and EndTime in the server's culture (10/11/2026 in en-GB, 10.11.2026 in de-DE). */
    @Test
    void everyDateLeavesTheScriptsAsIsoText() {
        for (String s : List.of(oneCase(), org())) {
            assertThat(function(s, "IsoDate")).contains("if ($Value -is [datetime]) { $Value.ToString('o', [cultureinfo]::InvariantCulture) } else { $Value }");
            assertThat(function(s, "IsoDates")).contains("Where-Object { try { $_.Value -is [datetime] } catch { $false } }").contains("$copy.$name = IsoDate $object.$name");
            assertThat(s).contains("ConvertTo-Json -InputObject @(IsoDates $Result) -Depth 5").contains("Export-Clixml -InputObject $Result -Depth 5")
                    .contains("(YamlText (Get-Date).ToString('o'))");
        }
        String o = org();
        assertThat(o).contains("@{ n = 'StartTime'; e = { IsoDate $_.StartTime } }, @{ n = 'EndTime'; e = { IsoDate $_.EndTime } }");
        // No CSV column names a date property bare: each goes through IsoDate.
        Matcher csv = Pattern.compile("(?s)SaveCsv '([^']+)' @\\((.*?)\\) \\{\\n").matcher(o);
        int saved = 0;
        while (csv.find()) {
            saved++;
            for (String date : List.of("StartTime", "EndTime", "NotAfter", "NotBefore", "NextCertificateEffectiveDate", "WhenCreated", "WhenChanged")) {
                assertThat(csv.group(2)).as(csv.group(1) + " " + date).doesNotContain("'" + date + "',").doesNotContain("'" + date + "')");
                if (csv.group(2).contains("'" + date + "'")) {
                    assertThat(csv.group(2)).contains("e = { IsoDate $_." + date + " }");
                }
            }
        }
        assertThat(saved).isEqualTo(5);
        assertThat(o).contains("Dates leave it as ISO 8601 (DateTime's 'o' format)");
        assertThat(oneCase()).contains("with every\n  date property as ISO 8601 (DateTime's 'o' format)");
    }

    static Map<String, String> autoReplyStatuses(JsonNode scan) {
        Map<String, String> got = new TreeMap<>();
        for (JsonNode s : scan.path("subjects")) {
            for (JsonNode c : s.path("checks")) {
                if (c.path("code").asText().equals("AUTO_REPLY_STATE")) {
                    got.put(s.path("user").asText(), c.path("status").asText());
                }
            }
        }
        return got;
    }

    /**
     * The org export as the script now writes it on an en-GB and a de-DE server alike (5.1: #TYPE line, every field
     * quoted; the calculated columns are text). asOf is 2026-11-30T08:00+01:00: Jane's window runs then, John's has
     * ended, Amy's has not begun, Bob's (written by a de-DE server) runs.
     */
    @Test
    void isoAutoReplyWindowsDecideAutoReplyStateInTheOrgScan() throws IOException {
        Path folder = CultureEncodingAndProbePlaceTest.copy("csv-org", dir.resolve("iso-org"));
        Files.writeString(folder.resolve("Get-MailboxAutoReplyConfiguration.csv"),
                "#TYPE Selected.Microsoft.Exchange.InfoWorker.Common.OOF.MailboxAutoReplyConfiguration\r\n"
                + "\"Identity\",\"AutoReplyState\",\"StartTime\",\"EndTime\"\r\n"
                + "\"contoso.com/Users/Jane Doe\",\"Scheduled\",\"2026-11-10T08:00:00.0000000+01:00\",\"2026-12-05T17:00:00.0000000+01:00\"\r\n"
                + "\"contoso.com/Users/John Smith\",\"Scheduled\",\"2026-10-11T08:00:00.0000000+02:00\",\"2026-11-05T17:00:00.0000000+01:00\"\r\n"
                + "\"contoso.com/Users/Amy Lee\",\"Scheduled\",\"2026-12-02T08:00:00.0000000+01:00\",\"2026-12-04T17:00:00.0000000+01:00\"\r\n"
                + "\"contoso.com/Users/Bob King\",\"Scheduled\",\"2026-11-28T08:00:00.0000000Z\",\"2026-12-05T17:00:00.0000000Z\"\r\n");
        CliRun run = CliRun.of("scan", folder.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(autoReplyStatuses(root)).containsEntry("jane.doe@contoso.com", "warn").containsEntry("john.smith@contoso.com", "pass")
                .containsEntry("amy.lee@contoso.com", "pass").containsEntry("bob.king@contoso.com", "warn");
        assertThat(root.path("sources").toString()).doesNotContain("month first").doesNotContain("day first");
    }

    /** The one-case script with -Format Json: the auto-reply window as IsoDates writes it. */
    @Test
    void isoDatesInTheCaseScriptsJsonDecideAutoReplyState() throws IOException {
        Path folder = CultureEncodingAndProbePlaceTest.copy("json-calendar-app", dir.resolve("iso-case"));
        Files.writeString(folder.resolve("case-Exchange.yaml"), "case:\n  symptom: all\n  user: \"jane.doe@contoso.com\"\n  delegate: null\n"
                + "  asOf: \"2026-11-30T08:00:00.0000000+01:00\"\n");
        Files.writeString(folder.resolve("Get-MailboxAutoReplyConfiguration.json"), "\ufeff[\n    {\n"
                + "        \"Identity\":  \"contoso.com/Users/Jane Doe\",\n        \"AutoReplyState\":  \"Scheduled\",\n"
                + "        \"StartTime\":  \"2026-11-10T08:00:00.0000000+01:00\",\n        \"EndTime\":  \"2026-12-05T17:00:00.0000000+01:00\"\n    }\n]");
        JsonNode running = check(folder, "presence", "AUTO_REPLY_STATE");
        assertThat(running.path("status").asText()).isEqualTo("warn");

        Files.writeString(folder.resolve("Get-MailboxAutoReplyConfiguration.json"), "\ufeff[\n    {\n"
                + "        \"Identity\":  \"contoso.com/Users/Jane Doe\",\n        \"AutoReplyState\":  \"Scheduled\",\n"
                + "        \"StartTime\":  \"2026-10-11T08:00:00.0000000+02:00\",\n        \"EndTime\":  \"2026-11-05T17:00:00.0000000+01:00\"\n    }\n]");
        assertThat(check(folder, "presence", "AUTO_REPLY_STATE").path("status").asText()).isEqualTo("pass");
    }
}
