package ted.read.ps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Export-Csv as Windows PowerShell 5.1 and PowerShell 7 write it (../shared/reference/data-shapes.md, "Export-Csv"). */
class CsvExportReaderTest {

    private static List<PsObject> read(String text) throws IOException {
        List<PsObject> out = new ArrayList<>();
        CsvExportReader.read(new StringReader(text), o -> out.add((PsObject) o));
        return out;
    }

    @Test
    void windowsPowerShellWritesATypeLineAndQuotesEveryField() throws IOException {
        List<PsObject> rows = read("#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox\r\n"
                + "\"Identity\",\"EwsEnabled\",\"EwsAllowList\",\"DisplayName\"\r\n"
                + "\"contoso.com/Users/Jane Doe\",\"True\",\"System.Collections.Generic.List`1[System.String]\",\"Doe, \"\"Jane\"\"\"\r\n");
        assertThat(rows).hasSize(1);
        PsObject jane = rows.get(0);
        assertThat(jane.typeNames()).containsExactly("Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox");
        assertThat(jane.hasType("Microsoft.Exchange.Data.Directory.Management.CASMailbox")).isTrue();
        assertThat(jane.get("Identity")).isEqualTo("contoso.com/Users/Jane Doe");
        assertThat(jane.get("EwsEnabled")).isEqualTo("True");
        assertThat(jane.get("EwsAllowList")).isEqualTo(new NotExpanded("System.Collections.Generic.List`1[System.String]"));
        assertThat(jane.get("DisplayName")).isEqualTo("Doe, \"Jane\"");
        assertThat(jane.listSeparator()).isEqualTo(";");
    }

    @Test
    void powerShell7LeavesTheTypeOutQuotesAsNeededAndMayUseTheCulturesSemicolon() throws IOException {
        List<PsObject> rows = read("Identity;EwsAllowList;EwsBlockList;Notes\n"
                + "jane.doe;\"*Teams/*;*SchedulingService*\";;\"two\nlines\"\n"
                + "john.smith;;;\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).typeNames()).isEmpty();
        assertThat(rows.get(0).get("EwsAllowList")).isEqualTo("*Teams/*;*SchedulingService*");
        assertThat(rows.get(0).get("EwsBlockList")).as("an empty field is null, as Export-Csv writes null").isNull();
        assertThat(rows.get(0).get("Notes")).isEqualTo("two\nlines");
        assertThat(rows.get(1).get("Identity")).isEqualTo("john.smith");
    }

    @Test
    void theDelimiterIsWhateverTheHeaderUses() {
        assertThat(CsvExportReader.delimiter("\"Identity\",\"Alias\"")).isEqualTo(',');
        assertThat(CsvExportReader.delimiter("\"Identity\";\"Alias\"")).isEqualTo(';');
        assertThat(CsvExportReader.delimiter("\"Identity\"|\"Alias\"")).isEqualTo('|');
        assertThat(CsvExportReader.delimiter("Identity\tAlias\tName")).isEqualTo('\t');
        assertThat(CsvExportReader.delimiter("Identity;Alias;Name")).isEqualTo(';');
    }

    @Test
    void rowsShorterOrLongerThanTheHeaderKeepWhatTheyHave() throws IOException {
        List<PsObject> rows = read("\"Identity\",\"Alias\",\"Name\"\r\n\"a\",\"b\"\r\n\"c\",\"d\",\"e\",\"f\"\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Name")).isNull();
        assertThat(rows.get(1).get("Name")).isEqualTo("e");
    }

    @Test
    void csvIsToldApartFromFormatListByItsFirstLine() {
        assertThat(CsvExportReader.looksLikeCsv("#TYPE System.Management.Automation.PSCustomObject")).isTrue();
        assertThat(CsvExportReader.looksLikeCsv("\"Identity\",\"EwsEnabled\"")).isTrue();
        assertThat(CsvExportReader.looksLikeCsv("Identity   : jane.doe")).isFalse();
        assertThat(CsvExportReader.looksLikeCsv("\"hello\"")).isFalse();
    }
}
