package ted.read.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ted.facts.CasMailbox;
import ted.facts.ExchangeServer;
import ted.facts.OrganizationConfig;
import ted.read.FactsFileReader;
import ted.read.ReadResult;

/**
 * Issue 7, items 2 and 3: files are recognised for what they hold, and values arrive exactly as exported.
 */
class RecognitionAndFidelityTest {
    static final String OBJS = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static ReadResult read(Path... paths) {
        return new FactsFileReader().read(List.of(paths));
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({
        "Get-ExchangeServer.xml, Get-ExchangeServer",
        "GetExchangeServer.xml, Get-ExchangeServer",
        "get-exchangeserver.json, Get-ExchangeServer",
        "GetExchangeServer_EX01.xml, Get-ExchangeServer",
        "Get-CASMailbox-1.xml, Get-CASMailbox",
        "ExSetup1.xml, ExSetup",
        "GetOrganizationConfig1.xml, Get-OrganizationConfig",
        "Autodiscover-jane.doe@contoso.com.json, Autodiscover",
        "Get-MailboxFolderPermission.txt, Get-MailboxFolderPermission",
        "GetExchangeServerADInformation.xml, ",
        "GetMailboxServer.xml, ",
        "Get-MailboxStatistics.xml, ",
        "GetExchangeCertificateReport.xml, ",
    })
    void aFileNameCountsOnlyWhenItIsTheCmdletsNameExactly(String file, String cmdlet) {
        assertThat(Cmdlets.byFileName(file).map(Cmdlet::name)).isEqualTo(Optional.ofNullable(cmdlet));
    }

    /** The crash seen on the E19 folder: a server object without a build made from a file that only looked like one. */
    @Test
    void aFileWhoseNameStartsWithACmdletsIsReadForWhatItHolds() throws IOException {
        Path adInfo = write("GetExchangeServerADInformation.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN>
                  <MS><S N="ServerName">EX01</S><S N="Site">Default-First-Site</S></MS></Obj></Objs>""");
        ReadResult r = read(adInfo);
        assertThat(r.facts().factsOf(ExchangeServer.class)).isEmpty();
        assertThat(r.skipped()).singleElement().asString().contains("PSCustomObject objects, which no check reads");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void typeNamesDecideOverAFileNameThatPromisesAnotherCmdlet() throws IOException {
        Path misnamed = write("Get-ExchangeServer.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.MailboxServer</T><T>System.Object</T></TN>
                  <Props><S N="Name">EX01</S><S N="AdminDisplayVersion">Version 15.2 (Build 1748.10)</S></Props></Obj></Objs>""");
        ReadResult r = read(misnamed);
        assertThat(r.facts().factsOf(ExchangeServer.class)).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("MailboxServer").contains("not the Get-ExchangeServer objects");
    }

    @Test
    void implicitRemotingAndSelectObjectTypeNamesStillFit() throws IOException {
        Path remoted = write("Get-ExchangeServer.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Selected.Deserialized.Microsoft.Exchange.Data.Directory.Management.ExchangeServer</T>
                  <T>System.Management.Automation.PSCustomObject</T></TN>
                  <Props><S N="Name">EX01</S><S N="AdminDisplayVersion">Version 15.2 (Build 1748.10)</S></Props></Obj></Objs>""");
        assertThat(read(remoted).facts().factsOf(ExchangeServer.class)).singleElement()
                .satisfies(s -> assertThat(s.build()).hasToString("15.2.1748.10"));
    }

    @Test
    void twoExSetupVersionsForOneServerLeaveTheOlderInForceAndSaySo() throws IOException {
        String exSetup = OBJS + "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Diagnostics.FileVersionInfo</T></TN>"
                + "<Props><S N=\"FileName\">ExSetup.exe</S><S N=\"FileVersion\">%s</S></Props></Obj></Objs>";
        Path server = write("GetExchangeServer.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.ExchangeServer</T></TN>
                  <Props><S N="Name">EX01</S><S N="AdminDisplayVersion">Version 15.2 (Build 1118.25)</S></Props></Obj></Objs>""");
        ReadResult r = read(server, write("ExSetup.xml", exSetup.formatted("15.02.1118.025")),
                write("ExSetup1.xml", exSetup.formatted("15.02.0986.005")));
        assertThat(r.facts().factsOf(ExchangeServer.class)).singleElement()
                .satisfies(s -> assertThat(s.build()).hasToString("15.2.986.5"));
        assertThat(r.sources()).hasSize(3);
        assertThat(r.sources().get(2).notes()).singleElement().asString()
                .contains("15.02.1118.025 (ExSetup.xml)").contains("15.02.0986.005 (ExSetup1.xml)").contains("the oldest");
    }

    /**
     * Issue 17: HealthChecker saves IIS modules' FileVersionInfo (IIS/GetVersionInformationCachTokn.xml) beside ExSetup's;
     * read as ExSetup, cachtokn.dll's Windows build 10.0.17763.0 became the server's Exchange build and failed it.
     */
    @Test
    void theFileVersionOfAnotherFileIsNotTakenForExSetup() throws IOException {
        String version = OBJS + "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Diagnostics.FileVersionInfo</T><T>System.Object</T></TN>"
                + "<Props><S N=\"FileName\">%s</S><S N=\"OriginalFilename\">%s</S><S N=\"FileVersion\">%s</S></Props></Obj></Objs>";
        Path server = write("GetExchangeServer.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.ExchangeServer</T></TN>
                  <Props><S N="Name">EX01</S><S N="AdminDisplayVersion">Version 15.2 (Build 1118.25)</S></Props></Obj></Objs>""");
        Path iis = Files.createDirectories(dir.resolve("IIS"));
        Path cachtokn = Files.writeString(iis.resolve("GetVersionInformationCachTokn.xml"),
                version.formatted("C:\\windows\\System32\\inetsrv\\cachtokn.dll", "cachtokn.dll", "10.0.17763.0 (rs1_release.160715-1616)"));
        Path exSetup = write("ExSetup.xml", version.formatted("C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe",
                "ExSetup.exe", "15.02.1118.025"));
        ReadResult r = read(server, cachtokn, exSetup);
        assertThat(r.facts().factsOf(ExchangeServer.class)).singleElement()
                .satisfies(s -> assertThat(s.build()).hasToString("15.2.1118.25"));
        assertThat(r.skipped()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("GetVersionInformationCachTokn.xml");
            assertThat(f.why()).contains("cachtokn.dll").contains("not of ExSetup.exe");
        });
        // Named ExSetup.xml but holding another file's version: a problem, and still no build taken from it.
        ReadResult misnamed = read(server, write("ExSetup.xml", version.formatted("cachtokn.dll", "cachtokn.dll", "10.0.17763.0")));
        assertThat(misnamed.facts().factsOf(ExchangeServer.class)).singleElement()
                .satisfies(s -> assertThat(s.ExSetupVersion()).isNull());
        assertThat(misnamed.problems()).anySatisfy(p -> assertThat(p.message()).contains("cachtokn.dll"));
    }

    @Test
    void aSecondIdenticalOrganizationConfigIsNamedAsADuplicateNotDropped() throws IOException {
        String org = OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.OrganizationConfig</T></TN>
                  <Props><Nil N="EwsEnabled" /><Nil N="EwsApplicationAccessPolicy" /></Props></Obj></Objs>""";
        ReadResult r = read(write("GetOrganizationConfig.xml", org), write("GetOrganizationConfig1.xml", org));
        assertThat(r.sources()).hasSize(2);
        assertThat(r.sources().get(1).notes()).singleElement().asString().contains("a second Get-OrganizationConfig export");
        assertThat(r.sources().get(1).objects()).as("the file holds one object, though it changes nothing").isEqualTo(1);
        assertThat(r.facts().factsOf(OrganizationConfig.class)).hasSize(1);
    }

    /** The guide's stray-space pitfall, in each form: JSON and CliXml carry it, Format-List shows it before a comma. */
    @Test
    void allowListEntriesArriveExactlyAsExportedInAllThreeForms() throws IOException {
        Path json = write("Get-CASMailbox.json", """
                {"Identity": "jane.doe", "PrimarySmtpAddress": "jane.doe@contoso.com", "EwsEnabled": true,
                 "EwsApplicationAccessPolicy": "EnforceAllowList", "EwsAllowList": ["*Teams/* ", "* Microsoft.Skype.Presence.App/*"]}""");
        Path xml = write("Get-CASMailbox.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.CASMailbox</T></TN><Props>
                  <S N="Identity">jane.doe</S><S N="PrimarySmtpAddress">jane.doe@contoso.com</S><B N="EwsEnabled">true</B>
                  <Obj N="EwsAllowList" RefId="1"><LST><S>*Teams/* </S><S>* Microsoft.Skype.Presence.App/*</S></LST></Obj></Props></Obj></Objs>""");
        Path text = write("Get-CASMailbox.txt", """
                Identity                   : jane.doe
                PrimarySmtpAddress         : jane.doe@contoso.com
                EwsEnabled                 : True
                EwsApplicationAccessPolicy : EnforceAllowList
                EwsAllowList               : {*Teams/* , * Microsoft.Skype.Presence.App/*}
                """);
        for (Path p : List.of(json, xml, text)) {
            assertThat(read(p).facts().factsOf(CasMailbox.class)).as(p.getFileName().toString()).singleElement()
                    .satisfies(c -> assertThat(c.EwsAllowList()).containsExactly("*Teams/* ", "* Microsoft.Skype.Presence.App/*"));
        }
    }

    @Test
    void aBadValueSpoilsItsPropertyWithANoteAndTheObjectIsKept() throws IOException {
        Path org = write("Get-OrganizationConfig.xml", OBJS + """
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.OrganizationConfig</T></TN><Props>
                  <B N="EwsEnabled">maybe</B><S N="EwsApplicationAccessPolicy">EnforceAllowList</S>
                  <Obj N="EwsAllowList" RefId="1"><LST><S>*SchedulingService*</S></LST></Obj></Props></Obj></Objs>""");
        ReadResult r = read(org);
        assertThat(r.facts().factsOf(OrganizationConfig.class)).singleElement().satisfies(o -> {
            assertThat(o.EwsEnabled()).isNull();
            assertThat(o.EwsAllowList()).containsExactly("*SchedulingService*");
        });
        assertThat(r.sources().get(0).notes()).singleElement().asString()
                .contains("Get-OrganizationConfig.xml").contains("EwsEnabled 'maybe' is not True or False").contains("unknown");
    }

    /** Item 1 in every form: a boolean that is not one, and a build Format-List cut to "...", spoil only themselves. */
    @Test
    void badValuesAreUnknownWithANoteInEveryForm() throws IOException {
        Path json = write("Get-ExchangeServer.json", """
                [{"Name": "EX01", "Fqdn": "ex01.contoso.com", "AdminDisplayVersion": "Version 15.2 (Build 1748.10)", "ServerRole": "Mailbox"},
                 {"Name": "EX02", "Fqdn": "ex02.contoso.com", "AdminDisplayVersion": null, "ServerRole": "Mailbox"}]""");
        Path text = write("Get-ExchangeServer.txt", """
                Name                : EX01
                Fqdn                : ex01.contoso.com
                AdminDisplayVersion : Version 15.2 (Build 1748.10)

                Name                : EX02
                Fqdn                : ex02.contoso.com
                AdminDisplayVersion : Version 15.2 (Bui...
                """);
        for (Path p : List.of(json, text)) {
            ReadResult r = read(p);
            assertThat(r.facts().factsOf(ExchangeServer.class)).as(p.getFileName().toString()).hasSize(2)
                    .anySatisfy(s -> assertThat(s.build()).isNull()).anySatisfy(s -> assertThat(s.build()).isNotNull());
            assertThat(r.problems()).isEmpty();
        }
        assertThat(read(text).sources().get(0).notes()).singleElement().asString().contains("AdminDisplayVersion was cut short");

        Path orgJson = write("Get-OrganizationConfig.json", "{\"EwsEnabled\": \"maybe\", \"EwsApplicationAccessPolicy\": null}");
        Path orgText = write("Get-OrganizationConfig.txt", "EwsEnabled                 : maybe\nEwsApplicationAccessPolicy :\n");
        for (Path p : List.of(orgJson, orgText)) {
            ReadResult r = read(p);
            assertThat(r.facts().factsOf(OrganizationConfig.class)).as(p.getFileName().toString()).singleElement()
                    .satisfies(o -> assertThat(o.EwsEnabled()).isNull());
            assertThat(r.sources().get(0).notes()).singleElement().asString().contains("EwsEnabled 'maybe' is not True or False");
        }
    }
}
