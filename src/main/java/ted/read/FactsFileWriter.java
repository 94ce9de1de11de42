package ted.read;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import ted.facts.FactSet;

/**
 * Writes what was read as a facts file ({@code ted import}), so the exports can be reviewed, corrected by hand and
 * diagnosed again with the same result. Sections follow {@link FactsDocument}; a section read but empty is written
 * as {@code []}, one never read is left out, and a list the export cut short ends in {@code ...}.
 */
public final class FactsFileWriter {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            // Only the record components, named as the cmdlets print them; helper methods are not data.
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    public String write(FactSet facts, FactsDocument.CaseSection caseSection, List<String> sources) {
        try {
            StringBuilder out = new StringBuilder("# Facts written by ted import from:\n");
            sources.forEach(s -> out.append("#   ").append(s).append('\n'));
            out.append("# Review or edit it, then: ted diagnose <this file>\n");
            out.append(yaml.writeValueAsString(document(facts, caseSection)));
            return out.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the facts file", e);
        }
    }

    static FactsDocument document(FactSet facts, FactsDocument.CaseSection caseSection) {
        RecordComponent[] components = FactsDocument.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            if (c.getName().equals("caseSection")) {
                values[i] = caseSection;
            } else if (List.class.isAssignableFrom(c.getType())) {
                Class<?> item = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                List<?> found = facts.factsOf(item);
                values[i] = found.isEmpty() && !facts.isCollected(c.getName()) ? null : new ArrayList<>(found);
            } else {
                List<?> found = facts.factsOf(c.getType());
                values[i] = found.isEmpty() ? null : found.get(0);
            }
        }
        try {
            return FactsDocument.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the facts document", e);
        }
    }
}
