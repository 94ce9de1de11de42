package ted.read.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ted.facts.CasMailbox;
import ted.facts.Mailbox;
import ted.facts.OrganizationConfig;
import ted.facts.PartialList;
import ted.facts.TeamsAppSetupPolicy;
import ted.read.FactsFileReader;
import ted.read.InputProblem;
import ted.read.ReadResult;
import ted.read.SourceSummary;

class ExportReaderTest {
    @TempDir
    Path dir;

    Path write(String name, String text, Charset charset, boolean bom) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : charset == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(p, all);
        return p;
    }

    Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8, false);
    }

    static ReadResult read(Path... paths) {
        return new FactsFileReader().read(List.of(paths));
    }

    static final String ORG_FL = """
            EwsAllowList               : {*SchedulingService*}
            EwsApplicationAccessPolicy : EnforceAllowList
            EwsBlockList               :
            EwsEnabled                 :
            """;

    @Test
    void aFileNamedAfterItsCmdletIsReadAsThatInAnyCaseAndEncoding() throws IOException {
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path p = write("get-organizationconfig-" + cs.name() + ".TXT", ORG_FL.replace("\n", "\r\n"), cs, true);
            ReadResult r = read(p);
            assertThat(r.problems()).as(cs.name()).isEmpty();
            assertThat(r.sources()).extracting(SourceSummary::readAs).containsExactly("Get-OrganizationConfig (Format-List text)");
            assertThat(r.facts().factsOf(OrganizationConfig.class).get(0).EwsAllowList()).containsExactly("*SchedulingService*");
        }
    }

    @Test
    void anUnnamedFileIsRecognizedByItsProperties() throws IOException {
        ReadResult r = read(write("export1.json", "[{\"Identity\": \"contoso.com/Users/Jane Doe\", \"PrimarySmtpAddress\": \"jane.doe@contoso.com\","
                + " \"OWAEnabled\": true, \"EwsEnabled\": false}]"));
        assertThat(r.sources()).extracting(SourceSummary::readAs).containsExactly("Get-CASMailbox (ConvertTo-Json)");
        assertThat(r.facts().factsOf(CasMailbox.class).get(0).EwsEnabled()).isFalse();
    }

    @Test
    void ewsSettingsAloneCannotBeToldApartAndTheMessageSaysHowToNameTheFile() throws IOException {
        Path p = write("ews.txt", ORG_FL);
        ReadResult r = read(p);
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(p.toString());
            assertThat(problem.message()).contains("name the file after it").contains("Get-CASMailbox");
        });
    }

    @Test
    void enumsWrittenAsNumbersAreMappedAndSaidSo() throws IOException {
        ReadResult r = read(write("Get-CASMailbox.json", "{\"Identity\": \"jane\", \"EwsApplicationAccessPolicy\": 1, \"EwsBlockList\": [\"x\"]}"),
                write("Get-Mailbox.json", "{\"UserPrincipalName\": \"jane@contoso.com\", \"RecipientTypeDetails\": 2147483648}"));
        assertThat(r.facts().factsOf(CasMailbox.class).get(0).EwsApplicationAccessPolicy()).isEqualTo("EnforceBlockList");
        assertThat(r.facts().factsOf(Mailbox.class).get(0).RecipientTypeDetails()).isEqualTo("RemoteUserMailbox");
        assertThat(r.sources().stream().flatMap(s -> s.notes().stream()))
                .anySatisfy(n -> assertThat(n).contains("EwsApplicationAccessPolicy was written as the number 1 and read as EnforceBlockList"));
    }

    @Test
    void folderRolesWrittenAsNumbersAreNotGuessed() throws IOException {
        ReadResult r = read(write("Get-MailboxFolderPermission.json",
                "[{\"Identity\": \"jane:\\\\Calendar\", \"FolderName\": \"Calendar\", \"User\": {\"DisplayName\": \"John Smith\"}, \"AccessRights\": [2]}]"));
        ted.facts.MailboxFolderPermission p = r.facts().factsOf(ted.facts.MailboxFolderPermission.class).get(0);
        assertThat(p.AccessRights()).isNull();
        assertThat(p.User().getRaw()).isEqualTo("John Smith");
        assertThat(r.sources().get(0).notes()).singleElement().asString().contains("does not map to roles");
    }

    @Test
    void aListCutShortIsNeverReadAsComplete() throws IOException {
        ReadResult r = read(write("Get-CsTeamsAppSetupPolicy.txt",
                "Identity         : Global\nPinnedAppBarApps : {Id=14d6962d;Order=1, Id=86fcd49b;Order=2, Id=2a84919f;Order=3, Id=20c3440d;Order=4...}\n"));
        TeamsAppSetupPolicy policy = r.facts().factsOf(TeamsAppSetupPolicy.class).get(0);
        assertThat(policy.PinnedAppBarApps()).isInstanceOf(PartialList.class).hasSize(4);
        assertThat(policy.pinnedAppsComplete()).isFalse();
        assertThat(r.sources().get(0).notes()).singleElement().asString().contains("$FormatEnumerationLimit = -1");
    }

    @Test
    void nullIsKeptApartFromAnEmptyList() throws IOException {
        ReadResult r = read(write("Get-CASMailbox.txt", "Identity     : jane\nEwsAllowList : {}\nEwsBlockList :\n"));
        CasMailbox cas = r.facts().factsOf(CasMailbox.class).get(0);
        assertThat(cas.EwsAllowList()).isEmpty();
        assertThat(cas.EwsBlockList()).isNull();
    }

    @Test
    void badFilesAreOneLineEachAndTheGoodOnesStillCount() throws IOException {
        Path empty = write("Get-Mailbox.xml", "");
        Path binary = dir.resolve("Get-CASMailbox.xml");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Path cutJson = write("Get-ExchangeServer.json", "[{\"Name\": \"EX01\", \"AdminDisplayVersion\": \"Version 15.2 (Build 1748.10)\"},\n {\"Name\": ");
        Path cutXml = write("Get-PartnerApplication.xml", "<Objs xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n<Obj RefId=\"0\"><Props>");
        Path good = write("Get-OrganizationConfig.txt", ORG_FL);
        ReadResult r = read(empty, binary, cutJson, cutXml, good);
        assertThat(r.problems()).extracting(InputProblem::file).containsExactly(empty.toString(), binary.toString(),
                cutJson.toString(), cutXml.toString());
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n").doesNotContain("Exception"));
        assertThat(r.problems().get(0).message()).isEqualTo("file is empty");
        assertThat(r.problems().get(1).message()).contains("binary file");
        assertThat(r.problems().get(2).line()).isEqualTo(2);
        assertThat(r.problems().get(2).message()).contains("the objects before it were read");
        assertThat(r.problems().get(3).message()).contains("cut short");
        assertThat(r.facts().factsOf(OrganizationConfig.class)).hasSize(1);
        assertThat(r.facts().factsOf(ted.facts.ExchangeServer.class)).hasSize(1);
    }

    @Test
    void twoContradictingOrganizationConfigsAreReportedAndTheFirstKept() throws IOException {
        ReadResult r = read(write("Get-OrganizationConfig.txt", ORG_FL),
                write("Get-OrganizationConfig.json", "{\"EwsEnabled\": false}"));
        assertThat(r.problems()).singleElement().asString().contains("Get-OrganizationConfig.json").contains("contradicts");
        assertThat(r.facts().factsOf(OrganizationConfig.class)).singleElement().extracting(OrganizationConfig::EwsEnabled).isNull();
    }

    @Test
    void anAutodiscoverAnswerTakesItsAddressFromTheFileName() throws IOException {
        ReadResult r = read(write("Autodiscover-jane.doe@contoso.com.json", "{\"Protocol\": \"EWS\", \"Url\": \"https://mail.contoso.com/EWS/Exchange.asmx\"}"));
        assertThat(r.facts().factsOf(ted.facts.AutodiscoverResponse.class).get(0).EmailAddress().getRaw()).isEqualTo("jane.doe@contoso.com");
    }

    /**
     * 200,000 objects (about 60 MB) stream through with a heap that does not follow the file's size; their type
     * names say they are not what the file name claims, so they are left out with one problem, not 200,000.
     */
    @Test
    void aVeryLargeExportStreams() throws IOException {
        Path big = dir.resolve("Get-MailboxFolderPermission.xml");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("<Obj RefId=\"" + i + "\"><TN RefId=\"" + i + "\"><T>Unrelated.Type</T></TN><Props><S N=\"Padding\">"
                        + "x".repeat(200) + "</S></Props></Obj>\n");
            }
            w.write("</Objs>\n");
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        ReadResult r = read(big);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        assertThat(Files.size(big)).isGreaterThan(50_000_000L);
        assertThat(r.problems()).singleElement().asString().contains("Unrelated.Type").contains("not the Get-MailboxFolderPermission objects");
        assertThat(r.facts().facts()).isEmpty();
        assertThat(after - before).as("heap growth after reading").isLessThan(40_000_000L);
    }
}
