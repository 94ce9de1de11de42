package ted.read;

import java.util.List;
import ted.facts.FactSet;

/**
 * The facts from every file that could be read, what each file was, what went wrong with the others, which files held
 * nothing TED reads, and which of the paths named could not be read at all ({@code unreadable}, also among the problems).
 */
public record ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems, List<SkippedFile> skipped,
                         Focus focus, List<String> unreadable) {

    /**
     * What reading for one case left out: {@code directory} knows every recipient seen, {@code leftOut} counts the facts
     * about other people that were not kept.
     */
    public record Focus(RecipientDirectory directory, int leftOut) {
    }

    public ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems, List<SkippedFile> skipped) {
        this(facts, sources, problems, skipped, null, List.of());
    }

    public ReadResult(FactSet facts, List<SourceSummary> sources, List<InputProblem> problems) {
        this(facts, sources, problems, List.of());
    }

    public boolean nothingUsable() {
        return sources.isEmpty();
    }
}
