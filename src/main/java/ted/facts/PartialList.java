package ted.facts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list the export cut short (Format-List's {@code ...}, a ConvertTo-Json depth limit): it holds the visible items
 * only. Rules may use it to prove something is there, never to prove something is missing. In a facts file it is
 * written as the visible items followed by a last item {@code ...}, as Format-List shows it.
 */
@JsonSerialize(using = PartialList.Writer.class)
public final class PartialList<T> extends ArrayList<T> {
    public static final String MARK = "...";

    public PartialList(Collection<? extends T> visible) {
        super(visible);
    }

    /** False for a list known to be cut short; true for any other list (null is not a list at all). */
    public static boolean isComplete(List<?> list) {
        return !(list instanceof PartialList);
    }

    /** Turns a list whose last item is {@code ...} (as a facts file writes a cut list) into a PartialList. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> fromMarked(List<T> list) {
        if (list == null || list instanceof PartialList || list.isEmpty() || !MARK.equals(String.valueOf(list.get(list.size() - 1)))) {
            return list;
        }
        return new PartialList<>(list.subList(0, list.size() - 1));
    }

    /** Writes the visible items and then the {@code ...} mark. */
    static final class Writer extends StdSerializer<PartialList<?>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Writer() {
            super((Class) PartialList.class);
        }

        @Override
        public void serialize(PartialList<?> list, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            for (Object item : list) {
                provider.defaultSerializeValue(item, gen);
            }
            gen.writeString(MARK);
            gen.writeEndArray();
        }
    }
}
