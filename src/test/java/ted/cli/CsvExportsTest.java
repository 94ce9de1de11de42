package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export-Csv through the CLI: a list left as its type name is unknown with how to export it; a joined one is read. */
class CsvExportsTest {
    static final Path SAMPLE = Path.of("facts-samples/exports/csv-calendar-app");

    @TempDir
    Path dir;

    private static final String HEADER = "#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox\r\n"
            + "\"UserPrincipalName\",\"PrimarySmtpAddress\",\"Alias\",\"DisplayName\",\"Identity\",\"ServerName\",\"GrantSendOnBehalfTo\"\r\n";

    private JsonNode delegation(String grantSendOnBehalfTo) throws IOException {
        Files.writeString(dir.resolve("Get-Mailbox.csv"), HEADER
                + "\"jane.doe@contoso.com\",\"jane.doe@contoso.com\",\"jdoe\",\"Jane Doe\",\"contoso.com/Users/Jane Doe\",\"ex01\",\""
                + grantSendOnBehalfTo + "\"\r\n"
                + "\"john.smith@contoso.com\",\"john.smith@contoso.com\",\"jsmith\",\"John Smith\",\"contoso.com/Users/John Smith\",\"ex02\",\"\"\r\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        // Only Get-Mailbox: with the list unreadable every check is unknown, which decides nothing (exit 3, issue 17).
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCode.OK, ExitCode.CHECK_FAILED, ExitCode.NOTHING_DECIDED);
        return new ObjectMapper().readTree(r.out());
    }

    private static String status(JsonNode json, String code) {
        for (JsonNode c : json.get("checks")) {
            if (c.get("code").asText().equals(code)) {
                return c.get("status").asText();
            }
        }
        return null;
    }

    @Test
    void aListJoinedWithSemicolonsIsRead() throws IOException {
        JsonNode json = delegation("contoso.com/Users/Someone Else;John Smith");
        assertThat(status(json, "DELEGATE_SEND_ON_BEHALF")).isEqualTo("pass");
    }

    @Test
    void aListExportedAsItsTypeNameIsUnknownWithHowToExportIt() throws IOException {
        JsonNode json = delegation("Microsoft.Exchange.Data.MultiValuedProperty`1[Microsoft.Exchange.Data.Directory.ADObjectId]");
        assertThat(status(json, "DELEGATE_SEND_ON_BEHALF")).isEqualTo("unknown");
        assertThat(json.get("sources").get(0).get("readAs").asText()).isEqualTo("Get-Mailbox (Export-Csv)");
        assertThat(json.get("sources").get(0).get("notes").get(0).asText())
                .contains("GrantSendOnBehalfTo was exported as its type name")
                .contains("@{n='GrantSendOnBehalfTo';e={$_.GrantSendOnBehalfTo -join ';'}}");
    }
}
