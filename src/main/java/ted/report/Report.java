package ted.report;

import java.util.List;
import ted.engine.Diagnosis;
import ted.read.InputProblem;
import ted.read.SourceSummary;

/** Everything a renderer shows: the diagnosis, what was read, and what could not be. */
public record Report(String version, Diagnosis diagnosis, List<SourceSummary> sources, List<InputProblem> problems) {
}
