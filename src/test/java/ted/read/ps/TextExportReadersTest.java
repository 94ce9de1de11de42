package ted.read.ps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ConvertTo-Json and Format-List, with the quirks that make exports lie: depth limits and enumeration limits. */
class TextExportReadersTest {

    static List<Object> json(String text) throws IOException {
        List<Object> out = new ArrayList<>();
        JsonExportReader.read(new StringReader(text), out::add);
        return out;
    }

    static List<Object> formatList(String text) throws IOException {
        List<Object> out = new ArrayList<>();
        FormatListReader.read(new StringReader(text), out::add);
        return out;
    }

    @Test
    void jsonArraysYieldOneObjectEachAndASingleObjectYieldsOne() throws IOException {
        assertThat(json("[{\"A\": 1}, {\"A\": 2}]")).hasSize(2);
        assertThat(json("{\"A\": true}")).singleElement().satisfies(o -> assertThat(((PsObject) o).get("a")).isEqualTo(true));
    }

    @Test
    void jsonTypeNamesInPlaceOfValuesAreTruncationNotData() throws IOException {
        PsObject obj = (PsObject) json("""
                {"GrantSendOnBehalfTo": "Microsoft.Exchange.Data.MultiValuedProperty`1[Microsoft.Exchange.Data.Directory.ADObjectId]",
                 "PinnedAppBarApps": "System.Object[]", "DisplayName": "Jane Doe", "EwsAllowList": ["a", "b"], "EwsBlockList": null}
                """).get(0);
        assertThat(obj.get("GrantSendOnBehalfTo")).isInstanceOf(Truncated.class);
        assertThat(((Truncated) obj.get("PinnedAppBarApps")).remedy()).contains("-Depth");
        assertThat(obj.get("DisplayName")).isEqualTo("Jane Doe");
        assertThat(obj.get("EwsAllowList")).isEqualTo(List.of("a", "b"));
        assertThat(obj.has("EwsBlockList")).isTrue();
        assertThat(obj.get("EwsBlockList")).isNull();
    }

    @Test
    void formatListObjectsAreSeparatedByBlankLinesAndListsParsed() throws IOException {
        List<Object> objs = formatList("""
                Identity     : contoso.com/Users/Jane Doe:\\Calendar
                FolderName   : Calendar
                User         : Default
                AccessRights : {AvailabilityOnly}

                Identity     : contoso.com/Users/Jane Doe:\\Calendar
                User         : John Smith
                AccessRights : {Editor}
                EwsAllowList : {}
                EwsEnabled   :
                """);
        assertThat(objs).hasSize(2);
        PsObject second = (PsObject) objs.get(1);
        assertThat(second.get("Identity")).isEqualTo("contoso.com/Users/Jane Doe:\\Calendar");
        assertThat(second.get("AccessRights")).isEqualTo(List.of("Editor"));
        assertThat(second.get("EwsAllowList")).isEqualTo(List.of());
        assertThat(second.has("EwsEnabled")).isTrue();
        assertThat(second.get("EwsEnabled")).isNull();
    }

    @Test
    void formatListEnumerationLimitIsTruncationWithTheVisibleItemsKept() throws IOException {
        PsObject obj = (PsObject) formatList("PinnedAppBarApps : {Id=14d6962d;Order=1, Id=86fcd49b;Order=2, Id=2a84919f;Order=3, Id=ef56c0de;Order=4...}\n").get(0);
        Truncated cut = (Truncated) obj.get("PinnedAppBarApps");
        assertThat((List<?>) cut.visible()).hasSize(4).last().isEqualTo("Id=ef56c0de;Order=4");
        assertThat(cut.remedy()).contains("$FormatEnumerationLimit = -1");
    }

    @Test
    void formatListContinuationLinesJoinLongValues() throws IOException {
        PsObject obj = (PsObject) formatList("""
                Detail      : The configuration was last loaded at 09:12.
                              System.Net.WebException: (401) Unauthorized.
                ResultType  : Error
                GrantSendOnBehalfTo : {contoso.com/Users/A,
                                      contoso.com/Users/B}
                """).get(0);
        assertThat(obj.get("Detail")).isEqualTo("The configuration was last loaded at 09:12.\nSystem.Net.WebException: (401) Unauthorized.");
        assertThat(obj.get("ResultType")).isEqualTo("Error");
        assertThat(obj.get("GrantSendOnBehalfTo")).isEqualTo(List.of("contoso.com/Users/A", "contoso.com/Users/B"));
    }
}
