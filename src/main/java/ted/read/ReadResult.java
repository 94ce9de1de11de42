package ted.read;

import java.util.List;
import ted.facts.FactSet;

/** The facts from every file that could be read, what each file was, and what went wrong with the others. */
public record ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {

    public boolean nothingUsable() {
        return sources.isEmpty();
    }
}
