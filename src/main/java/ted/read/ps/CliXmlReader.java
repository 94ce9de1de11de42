package ted.read.ps;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Export-Clixml files (PowerShell's CLIXML, as CSS-Exchange HealthChecker collects) one top-level object at a
 * time, so memory follows the largest object rather than the file. Understands type names and TNRef, RefId/Ref,
 * Nil, LST/IE/QUE/STK lists, DCT dictionaries, nested Obj, ToString, enums (name kept), typed scalars, BA (bytes)
 * and the {@code _x000D_} escapes.
 */
public final class CliXmlReader {
    /**
     * Refs can point at any earlier object; keep the newest ones so a huge file cannot exhaust memory. The farthest
     * reference back in the HealthChecker captures spans 2,046 objects. Nested objects (an ADObjectId, an enum, a list)
     * are small and are what references point at; a top-level object keeps a whole record alive (a mailbox is a few
     * kilobytes), so only the latest few of those are kept, which is what decides memory when one case is read from
     * an org-wide Export-Clixml.
     */
    private static final int MAX_REMEMBERED_REFS = 5_000;
    private static final int MAX_REMEMBERED_TOP_LEVEL = 256;
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final XMLStreamReader xml;
    private final Map<String, List<String>> typeNamesByRef = new HashMap<>();
    private final Map<String, Object> objectsByRef = window(MAX_REMEMBERED_REFS);
    private final Map<String, Object> topLevelByRef = window(MAX_REMEMBERED_TOP_LEVEL);
    private final List<String> problems = new ArrayList<>();
    /** True once the oldest remembered objects have started to be let go. */
    private boolean forgetting;

    private Map<String, Object> window(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                forgetting |= size() > capacity;
                return size() > capacity;
            }
        };
    }

    private Map<String, Object> remembered(boolean topLevel) {
        return topLevel ? topLevelByRef : objectsByRef;
    }

    private Object recall(String refId) {
        Object o = objectsByRef.get(refId);
        return o != null || objectsByRef.containsKey(refId) ? o : topLevelByRef.get(refId);
    }
    /** How deep the current value is nested; the reader recurses, so a file must not decide how far. */
    private int depth;

    public CliXmlReader(Reader text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        // Exports never need DTDs or external entities; refusing them keeps a hostile file harmless.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        this.xml = factory.createXMLStreamReader(text);
    }

    /** The file is XML but not CliXml: its root element is not {@code <Objs>}. */
    public static final class NotCliXml extends XMLStreamException {
        private final String rootElement;

        NotCliXml(String rootElement, javax.xml.stream.Location at) {
            super("not a CliXml file: the root element is <" + rootElement + ">, not <Objs>", at);
            this.rootElement = rootElement;
        }

        public String rootElement() {
            return rootElement;
        }
    }

    /** Problems that did not stop reading (e.g. a dangling Ref), each with its line. */
    public List<String> problems() {
        return problems;
    }

    /** Calls {@code each} for every top-level value under {@code <Objs>}. */
    public void read(Consumer<Object> each) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("Objs")) {
                    throw new NotCliXml(xml.getLocalName(), xml.getLocation());
                }
                break;
            }
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                each.accept(value());
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Objs")) {
                return;
            }
        }
        throw new XMLStreamException("the file ends before </Objs>: it is cut short", xml.getLocation());
    }

    /** The name of the current element's value ({@code N} attribute), unescaped; null when unnamed. */
    private String name() {
        String n = xml.getAttributeValue(null, "N");
        return n == null ? null : unescape(n);
    }

    /** Reads the value at the current START_ELEMENT and leaves the reader on its END_ELEMENT. */
    private Object value() throws XMLStreamException {
        if (++depth > ted.read.Limits.MAX_DEPTH) {
            throw new XMLStreamException("objects are nested more than " + ted.read.Limits.MAX_DEPTH
                    + " levels deep, which no export needs", xml.getLocation());
        }
        try {
            return valueAtDepth();
        } finally {
            depth--;
        }
    }

    private Object valueAtDepth() throws XMLStreamException {
        String element = xml.getLocalName();
        switch (element) {
            case "Nil":
                skip();
                return null;
            case "Obj":
                return object();
            case "Ref": {
                String refId = xml.getAttributeValue(null, "RefId");
                int line = xml.getLocation().getLineNumber();
                skip();
                if (!objectsByRef.containsKey(refId) && !topLevelByRef.containsKey(refId)) {
                    problems.add("line " + line + ": reference to object RefId " + refId + (forgetting
                            ? " that is not in the file or lies too far back for TED to keep"
                            : " that is not in the file") + "; that value is unknown");
                    return new Truncated(null, "a reference to an object missing from the file", "export it again with Export-Clixml");
                }
                return recall(refId);
            }
            case "B":
                return bool(text().trim());
            case "S": {
                String t = text();
                return t == TOO_LONG ? tooLong() : unescape(t);
            }
            case "I16": case "I32": case "U16": case "U32": case "By": case "SB":
                return number(text().trim(), "a whole number", Integer::valueOf);
            case "I64": case "U64":
                return number(text().trim(), "a whole number", Long::valueOf);
            case "Db": case "Sg": case "D":
                return number(text().trim(), "a number", Double::valueOf);
            case "BA":
                return number(text().trim(), "Base64 bytes", Base64.getMimeDecoder()::decode);
            default:
                // S, C, DT, TS, G, URI, Version, XD, SBK and anything newer: keep the text.
                String other = text();
                return other == TOO_LONG ? tooLong() : unescape(other);
        }
    }

    /** CliXml writes booleans as {@code true}/{@code false}; anything else is not a boolean, and never {@code false}. */
    private static Object bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : new Unreadable(text, "True or False");
    }

    private static Object number(String text, String type, java.util.function.Function<String, Object> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            return new Unreadable(text, type);
        }
    }

    private Object object() throws XMLStreamException {
        String refId = xml.getAttributeValue(null, "RefId");
        PsObject obj = new PsObject();
        if (refId != null) {
            // Registered before its content is read: an object may refer to itself (a Type's UnderlyingSystemType).
            remembered(depth == 1).put(refId, obj);
        }
        List<Object> items = null;
        Object primitive = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "TN" -> {
                    String tnRef = xml.getAttributeValue(null, "RefId");
                    List<String> names = typeNames();
                    typeNamesByRef.put(tnRef, names);
                    names.forEach(obj::addTypeName);
                }
                case "TNRef" -> {
                    typeNamesByRef.getOrDefault(xml.getAttributeValue(null, "RefId"), List.of()).forEach(obj::addTypeName);
                    skip();
                }
                case "ToString" -> {
                    String t = text();
                    if (t != TOO_LONG) {
                        obj.setToString(unescape(t));
                    }
                }
                case "Props", "MS" -> properties(obj);
                case "LST", "IE", "QUE", "STK" -> items = list();
                case "DCT" -> dictionary(obj);
                default -> primitive = value();
            }
        }
        Object result;
        if (items != null) {
            result = items;
        } else if (primitive != null && obj.propertyNames().isEmpty()) {
            // An enum (ToString "EnforceAllowList" plus I32) or a decorated scalar: the name is what admins read.
            result = obj.toStringText() != null ? obj.toStringText() : primitive;
        } else {
            result = obj;
        }
        if (refId != null) {
            remembered(depth == 1).put(refId, result);
        }
        return result;
    }

    private List<String> typeNames() throws XMLStreamException {
        List<String> names = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("T")) {
                names.add(text().trim());
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("TN")) {
                return names;
            }
        }
        return names;
    }

    private void properties(PsObject obj) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = name();
                Object v = value();
                if (n != null) {
                    obj.put(n, v);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    private List<Object> list() throws XMLStreamException {
        List<Object> items = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                items.add(value());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return items;
            }
        }
        return items;
    }

    /** Dictionary entries become properties named by their key. */
    private void dictionary(PsObject obj) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("En")) {
                Object key = null;
                Object val = null;
                while (xml.hasNext()) {
                    int e = xml.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        String n = name();
                        Object v = value();
                        if ("Key".equals(n)) {
                            key = v;
                        } else {
                            val = v;
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT) {
                        break;
                    }
                }
                if (key != null) {
                    obj.put(String.valueOf(key), val);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /**
     * The current element's text, like getElementText but bounded: a value longer than the limit is read past (so the
     * rest of the file is still read) and stands as unreadable, never held in memory whole.
     */
    private String text() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        boolean tooLong = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.ENTITY_REFERENCE) {
                if (!tooLong && out.length() + xml.getTextLength() <= ted.read.Limits.MAX_VALUE_CHARS) {
                    out.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else {
                    tooLong = true;
                    out.setLength(0);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                // An element CliXml does not have (or markup inside a value): read past it, keep the text around it.
                skip();
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file is cut short (it ends inside a value)", xml.getLocation());
            }
        }
        if (tooLong) {
            problems.add("line " + xml.getLocation().getLineNumber() + ": a value longer than " + ted.read.Limits.MAX_VALUE_CHARS
                    + " characters was skipped; that value is unknown");
            return TOO_LONG;
        }
        return out.toString();
    }

    private static Unreadable tooLong() {
        return new Unreadable("(longer than " + ted.read.Limits.MAX_VALUE_CHARS + " characters)", "a value of sensible length");
    }

    /** Stands for a value that was too long to keep; typed readers turn it into an {@link Unreadable}. */
    private static final String TOO_LONG = new String("\u0000(too long)");

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** CliXml writes characters XML cannot hold as {@code _xHHHH_} (CR LF is {@code _x000D__x000A_}). */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
