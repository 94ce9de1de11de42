package ted.report;

import java.util.List;
import ted.engine.Diagnosis;
import ted.read.InputProblem;
import ted.read.SkippedFile;
import ted.read.SourceSummary;

/** Everything a renderer shows: the diagnosis, what was read, what could not be, and what held nothing to read. */
public record Report(String version, Diagnosis diagnosis, List<SourceSummary> sources, List<InputProblem> problems,
                     List<SkippedFile> skipped) {

    public Report(String version, Diagnosis diagnosis, List<SourceSummary> sources, List<InputProblem> problems) {
        this(version, diagnosis, sources, problems, List.of());
    }
}
