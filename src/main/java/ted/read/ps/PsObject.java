package ted.read.ps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One PowerShell object as any export form carries it: its type names (CliXml only), its ToString text, and its
 * properties by name, looked up ignoring case as PowerShell does. Property values are null, String, Boolean,
 * Number, byte[], {@link PsObject}, {@link List} of those, or {@link Truncated} when the export cut the value short.
 */
public final class PsObject {
    private final List<String> typeNames = new ArrayList<>();
    private final Map<String, Object> properties = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<String> order = new ArrayList<>();
    private String toStringText;
    private String listSeparator;

    public PsObject addTypeName(String name) {
        typeNames.add(name);
        return this;
    }

    public PsObject put(String name, Object value) {
        if (!properties.containsKey(name)) {
            order.add(name);
        }
        properties.put(name, value);
        return this;
    }

    /** Export-Csv cannot hold a list; a text property that should be one was joined with this separator. */
    public void joinsListsWith(String separator) {
        this.listSeparator = separator;
    }

    /** The separator lists were joined with, or null when the form keeps lists as lists. */
    public String listSeparator() {
        return listSeparator;
    }

    public void setToString(String text) {
        this.toStringText = text;
    }

    public List<String> typeNames() {
        return Collections.unmodifiableList(typeNames);
    }

    public boolean hasType(String name) {
        return typeNames.stream().anyMatch(t -> {
            String type = baseType(t);
            return type.equalsIgnoreCase(name) || type.startsWith(name + "`");
        });
    }

    /**
     * A type name without the prefixes implicit remoting ({@code Deserialized.}) and Select-Object ({@code Selected.})
     * put before it: what the object was before it travelled.
     */
    public static String baseType(String typeName) {
        return typeName.replaceFirst("^(Deserialized\\.|Selected\\.)+", "");
    }

    public String toStringText() {
        return toStringText;
    }

    public boolean has(String name) {
        return properties.containsKey(name);
    }

    public Object get(String name) {
        return properties.get(name);
    }

    public List<String> propertyNames() {
        return Collections.unmodifiableList(order);
    }

    @Override
    public String toString() {
        return toStringText != null ? toStringText : properties.toString();
    }
}
