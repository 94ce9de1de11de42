package ted.read.ps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class CliXmlReaderTest {
    static final String HEAD = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";

    static List<Object> read(String body) throws XMLStreamException {
        List<Object> out = new ArrayList<>();
        new CliXmlReader(new StringReader(HEAD + body + "</Objs>")).read(out::add);
        return out;
    }

    @Test
    void readsTypeNamesTypeNameRefsToStringPropsAndTypedScalars() throws XMLStreamException {
        List<Object> objs = read("""
                <Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.Management.CASMailbox</T><T>System.Object</T></TN>
                  <ToString>Jane Doe</ToString>
                  <Props><B N="EwsEnabled">true</B><I32 N="Count">3</I32><I64 N="Big">2147483648</I64><Nil N="EwsAllowList" />
                    <S N="Detail">line one_x000D__x000A_line two</S></Props>
                  <MS><S N="PSComputerName">ex01.contoso.com</S></MS></Obj>
                <Obj RefId="1"><TNRef RefId="0" /><ToString>John</ToString><Props /></Obj>
                """);
        PsObject jane = (PsObject) objs.get(0);
        assertThat(jane.hasType("Microsoft.Exchange.Data.Directory.Management.CASMailbox")).isTrue();
        assertThat(jane.toStringText()).isEqualTo("Jane Doe");
        assertThat(jane.get("ewsenabled")).isEqualTo(true);
        assertThat(jane.get("Count")).isEqualTo(3);
        assertThat(jane.get("Big")).isEqualTo(2147483648L);
        assertThat(jane.has("EwsAllowList")).isTrue();
        assertThat(jane.get("EwsAllowList")).isNull();
        assertThat(jane.get("Detail")).isEqualTo("line one\r\nline two");
        assertThat(jane.get("PSComputerName")).isEqualTo("ex01.contoso.com");
        assertThat(((PsObject) objs.get(1)).typeNames()).containsExactly("Microsoft.Exchange.Data.Directory.Management.CASMailbox", "System.Object");
    }

    @Test
    void listsNestedObjectsRefsEnumsAndDictionaries() throws XMLStreamException {
        PsObject obj = (PsObject) read("""
                <Obj RefId="0"><TN RefId="0"><T>X</T></TN><Props>
                  <Obj N="EwsAllowList" RefId="1"><TN RefId="1"><T>Microsoft.Exchange.Data.MultiValuedProperty`1[[System.String]]</T></TN>
                    <LST><S>*SchedulingService*</S><S>*Teams/*</S></LST></Obj>
                  <Obj N="Empty" RefId="2"><TNRef RefId="1" /><LST /></Obj>
                  <Obj N="Policy" RefId="3"><TN RefId="2"><T>Ews.Policy</T><T>System.Enum</T></TN><ToString>EnforceBlockList</ToString><I32>1</I32></Obj>
                  <Obj N="LinkedAccount" RefId="4"><TN RefId="3"><T>Microsoft.Exchange.Data.Directory.ADObjectId</T></TN>
                    <ToString>contoso.com/Users/TeamsScheduler</ToString><Props><S N="Name">TeamsScheduler</S></Props></Obj>
                  <Ref N="Again" RefId="4" />
                  <Obj N="Table" RefId="5"><TN RefId="4"><T>System.Collections.Hashtable</T></TN>
                    <DCT><En><S N="Key">Id</S><S N="Value">ef56c0de</S></En></DCT></Obj>
                </Props></Obj>
                """).get(0);
        assertThat(obj.get("EwsAllowList")).isEqualTo(List.of("*SchedulingService*", "*Teams/*"));
        assertThat(obj.get("Empty")).isEqualTo(List.of());
        assertThat(obj.get("Policy")).isEqualTo("EnforceBlockList");
        assertThat(((PsObject) obj.get("LinkedAccount")).get("Name")).isEqualTo("TeamsScheduler");
        assertThat(obj.get("Again")).isSameAs(obj.get("LinkedAccount"));
        assertThat(((PsObject) obj.get("Table")).get("Id")).isEqualTo("ef56c0de");
    }

    @Test
    void aDanglingReferenceIsAProblemAndAnUnknownValueNotACrash() throws XMLStreamException {
        CliXmlReader reader = new CliXmlReader(new StringReader(HEAD + "<Obj RefId=\"0\"><Props>\n<Ref N=\"Gone\" RefId=\"99\" /></Props></Obj></Objs>"));
        List<Object> out = new ArrayList<>();
        reader.read(out::add);
        assertThat(((PsObject) out.get(0)).get("Gone")).isInstanceOf(Truncated.class);
        assertThat(reader.problems()).singleElement().asString().startsWith("line 2: reference to object RefId 99");
    }

    @Test
    void aFileCutShortSaysSoWithItsLineAndKeepsWhatCameBefore() {
        List<Object> out = new ArrayList<>();
        assertThatThrownBy(() -> new CliXmlReader(new StringReader(HEAD + "\n<Obj RefId=\"0\"><Props><S N=\"A\">x</S></Props></Obj>\n<Obj RefId=\"1\"><Props>"))
                .read(out::add)).isInstanceOf(XMLStreamException.class);
        assertThat(out).hasSize(1);
    }

    @Test
    void somethingElseIsNotTakenForCliXml() {
        assertThatThrownBy(() -> new CliXmlReader(new StringReader("<html><body/></html>")).read(o -> { }))
                .hasMessageContaining("not a CliXml file");
    }

    /** HealthChecker captures of .NET types refer to an object from inside it (a Type's UnderlyingSystemType). */
    @Test
    void aReferenceFromInsideTheObjectItPointsAtIsNoProblem() throws XMLStreamException {
        CliXmlReader reader = new CliXmlReader(new StringReader(HEAD + """
                <Obj RefId="0"><TN RefId="0"><T>System.RuntimeType</T></TN><Props>
                  <S N="Name">String</S><Ref N="UnderlyingSystemType" RefId="0" /></Props></Obj>
                <Ref RefId="0" />
                """ + "</Objs>"));
        List<Object> out = new ArrayList<>();
        reader.read(out::add);
        assertThat(reader.problems()).isEmpty();
        PsObject type = (PsObject) out.get(0);
        assertThat(type.get("UnderlyingSystemType")).isSameAs(type);
        assertThat(out.get(1)).isSameAs(type);
    }

    @Test
    void aReferenceToAnObjectNeverDefinedIsAProblemWithItsLine() throws XMLStreamException {
        CliXmlReader reader = new CliXmlReader(new StringReader(HEAD + "\n<Obj RefId=\"0\"><Props>\n<Ref N=\"X\" RefId=\"9\" /></Props></Obj></Objs>"));
        List<Object> out = new ArrayList<>();
        reader.read(out::add);
        assertThat(reader.problems()).singleElement().asString().startsWith("line 3:").contains("RefId 9");
        assertThat(((PsObject) out.get(0)).get("X")).isInstanceOf(Truncated.class);
    }

    /** A boolean that is not one is never read as False, and a bad number spoils only its own property. */
    @Test
    void malformedScalarsBecomeUnreadableValuesAndTheRestOfTheObjectIsKept() throws XMLStreamException {
        PsObject obj = (PsObject) read("""
                <Obj RefId="0"><Props><B N="EwsEnabled">maybe</B><I32 N="Count">twelve</I32><Db N="Ratio">1,5</Db>
                  <B N="Good">False</B><S N="Name">EX01</S></Props></Obj>
                """).get(0);
        assertThat(obj.get("EwsEnabled")).isEqualTo(new Unreadable("maybe", "True or False"));
        assertThat(obj.get("Count")).isEqualTo(new Unreadable("twelve", "a whole number"));
        assertThat(obj.get("Ratio")).isEqualTo(new Unreadable("1,5", "a number"));
        assertThat(obj.get("Good")).isEqualTo(false);
        assertThat(obj.get("Name")).isEqualTo("EX01");
    }

    /** The guide's own pitfall: an entry with a trailing space is a different entry, and must arrive as written. */
    @Test
    void stringsKeepTheirSpaces() throws XMLStreamException {
        PsObject obj = (PsObject) read("""
                <Obj RefId="0"><Props><Obj N="EwsAllowList" RefId="1"><LST><S>*Teams/* </S><S>* Microsoft.Skype.Presence.App/*</S></LST></Obj></Props></Obj>
                """).get(0);
        assertThat(obj.get("EwsAllowList")).isEqualTo(List.of("*Teams/* ", "* Microsoft.Skype.Presence.App/*"));
    }
}
