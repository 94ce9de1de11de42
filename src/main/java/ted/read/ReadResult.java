package ted.read;

import java.util.List;
import ted.facts.FactSet;

/**
 * The facts from every file that could be read, what each file was, what went wrong with the others, and which
 * files held nothing TED reads.
 */
public record ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems, List<SkippedFile> skipped,
                         Focus focus) {

    /**
     * What reading for one case left out: {@code directory} knows every recipient seen, {@code leftOut} counts the facts
     * about other people that were not kept.
     */
    public record Focus(RecipientDirectory directory, int leftOut) {
    }

    public ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems, List<SkippedFile> skipped) {
        this(facts, sources, problems, skipped, null);
    }

    public ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
        this(facts, sources, problems, List.of());
    }

    public boolean nothingUsable() {
        return sources.isEmpty();
    }
}
