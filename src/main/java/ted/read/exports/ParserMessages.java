package ted.read.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import javax.xml.stream.XMLStreamException;

/** The parsers' error messages in an admin's words: what is wrong with the file, never a parser's class or setting names. */
final class ParserMessages {
    private ParserMessages() {
    }

    /** The line a CliXml reader problem names ("line 12: ..."), else 0. */
    static int lineOf(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+): ").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** StAX puts "ParseError at [row,col]" first and the reason after "Message:"; admins need the reason. */
    static String xmlMessage(XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("Message: ");
        String reason = at >= 0 ? text.substring(at + 9).strip() : firstLine(text);
        return reason.contains("must start and end within the same entity") ? "the file is cut short (it ends inside an object)" : firstLine(reason);
    }

    /** Jackson's CSV messages, in the admin's words: what was wrong, never the parser's class or setting names. */
    static String csvMessage(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "a field longer than " + ted.read.Limits.MAX_VALUE_CHARS + " characters; no Export-Csv of Exchange needs one";
        }
        String m = firstLine(e.getOriginalMessage());
        if (m.contains("EOF") || m.contains("end-of-input")) {
            return "the file ends inside a quoted field (a quote was never closed, or the file is cut short)";
        }
        return m.replaceAll("\\(.*?\\)", "").replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
