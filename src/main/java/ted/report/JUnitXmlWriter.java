package ted.report;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, Azure DevOps): one {@code testsuite}, one {@code testcase} per
 * case, and a {@code failure}, {@code error} or {@code skipped} child for the cases that did not pass. Written with the
 * JDK's streaming XML writer, so escaping is the writer's job; characters XML 1.0 cannot hold at all are replaced.
 * Used by diagnosis reports and by {@code ted rules test --junit}.
 */
public final class JUnitXmlWriter {
    /** How a case ended, in JUnit's terms. */
    public enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    /** One test case: {@code message} is the one-line reason, {@code detail} the body (evidence, mismatches). */
    public record TestCase(String classname, String name, Outcome outcome, String message, String detail) {
    }

    private JUnitXmlWriter() {
    }

    public static void write(String suite, List<TestCase> cases, Writer target) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(target);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suite);
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", count(cases, Outcome.FAILED));
            xml.writeAttribute("errors", count(cases, Outcome.ERROR));
            xml.writeAttribute("skipped", count(cases, Outcome.SKIPPED));
            for (TestCase c : cases) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", clean(c.classname()));
                xml.writeAttribute("name", clean(c.name()));
                if (c.outcome() != Outcome.PASSED) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement(switch (c.outcome()) {
                        case FAILED -> "failure";
                        case ERROR -> "error";
                        default -> "skipped";
                    });
                    xml.writeAttribute("message", clean(c.message()));
                    if (c.detail() != null && !c.detail().isEmpty()) {
                        xml.writeCharacters(clean(c.detail()));
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n    ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static String count(List<TestCase> cases, Outcome outcome) {
        return String.valueOf(cases.stream().filter(c -> c.outcome() == outcome).count());
    }

    /** XML 1.0 cannot carry most control characters even escaped; an input that held one gets a '?' instead. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            out.appendCodePoint(allowed ? cp : '?');
        });
        return out.toString();
    }
}
