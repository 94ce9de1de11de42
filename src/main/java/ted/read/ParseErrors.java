package ted.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON or YAML document, in one line an admin can act on: built from the parsers' structured
 * fields (the property path, the expected type, the constraint that was exceeded), never from Java type or token
 * names. Facts files and ConvertTo-Json exports share it; YAML syntax errors are {@link YamlErrors}'s.
 */
public final class ParseErrors {
    private ParseErrors() {
    }

    /** One line, in the admin's terms: where in the document and what is wrong. */
    public static String describe(JsonProcessingException e) {
        String where = e instanceof JsonMappingException m ? path(m) : "";
        String prefix = where.isEmpty() ? "" : where + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            String in = where.replaceAll("\\.?" + java.util.regex.Pattern.quote(u.getPropertyName()) + "$", "");
            List<String> near = u.getKnownPropertyIds() == null ? List.of()
                    : ted.util.Closest.to(u.getPropertyName(), names(u.getKnownPropertyIds()), 1);
            return "unknown " + (in.isEmpty() ? "section" : "property") + " '" + u.getPropertyName() + "'"
                    + (in.isEmpty() ? "" : " in " + in)
                    + (near.isEmpty() ? "" : "; did you mean '" + near.get(0) + "'?")
                    + " (docs/facts-format.md lists the sections and property names)";
        }
        if (e instanceof StreamConstraintsException) {
            return prefix + (String.valueOf(e.getOriginalMessage()).contains("nesting")
                    ? "nested more than " + Limits.MAX_DEPTH + " levels deep; no facts file needs that"
                    : "a value longer than " + Limits.MAX_VALUE_CHARS + " characters; no facts file needs one");
        }
        if (e instanceof InvalidFormatException f) {
            return prefix + "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return prefix + "expected " + expected(m.getTargetType());
        }
        if (e instanceof JsonMappingException) {
            return prefix + "this value does not fit here";
        }
        return prefix + "not valid JSON: " + syntax(e);
    }

    /**
     * A JSON syntax error in a few words. Jackson's parse exceptions carry the location but not the kind of mistake as
     * a field, so the kind is told from the exception type, and from the first words of its message only to pick one
     * of these fixed phrasings; nothing of Jackson's own wording (feature names, token classes) is passed on.
     */
    private static String syntax(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return "the file ends in the middle of a value (it is cut short)";
        }
        String m = String.valueOf(e.getOriginalMessage());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("(?:Non-standard token|Unrecognized token) '([^']{0,40})").matcher(m);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value";
        }
        java.util.regex.Matcher ch = java.util.regex.Pattern.compile("Unexpected character \\('(.{1,2})'").matcher(m);
        if (ch.find()) {
            return "unexpected character '" + ch.group(1) + "'";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a control character inside a string";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends before the document does (it is cut short)";
        }
        return "the text is not JSON where a value was expected";
    }

    private static Collection<String> names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    /** What a target type is, as an admin says it. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (- item, or [a, b])";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "True or False";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || type == ted.facts.Ref.class) {
            return "text";
        }
        return "a section of properties (Name: value)";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "").replace("caseSection", "case");
    }
}
