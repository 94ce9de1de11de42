package ted.read;

import java.util.List;
import ted.facts.FactSet;

/**
 * The facts from every file that could be read, what each file was, what went wrong with the others, and which
 * files held nothing TED reads.
 */
public record ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems, List<SkippedFile> skipped) {

    public ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
        this(facts, sources, problems, List.of());
    }

    public boolean nothingUsable() {
        return sources.isEmpty();
    }
}
