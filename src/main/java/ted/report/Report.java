package ted.report;

import java.util.List;
import java.util.Map;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.read.InputProblem;
import ted.read.SkippedFile;
import ted.read.SourceSummary;

/**
 * Everything a renderer shows: the diagnosis, what was read, what could not be, what held nothing to read, and the
 * waivers that apply to its findings (a waived finding keeps its status; every format says it is waived and why), and
 * notes about the run a reader should see (a waiver that has expired).
 */
public record Report(String version, Diagnosis diagnosis, List<SourceSummary> sources, List<InputProblem> problems,
                     List<SkippedFile> skipped, Map<Finding, Waived> waivers, List<String> notes) {

    /** The note of a run that decided nothing (exit code 3); text says it as the first line of its summary instead. */
    public static final String NOTHING_DECIDED = "nothing decided: no check passed, warned or failed (exit code 3); "
            + "the unknown checks say what to collect";

    /** A waiver as it applies to one finding: why the admin accepts it, and until when (an ISO date). */
    public record Waived(String reason, String expires) {
    }

    public Report(String version, Diagnosis diagnosis, List<SourceSummary> sources, List<InputProblem> problems,
                  List<SkippedFile> skipped) {
        this(version, diagnosis, sources, problems, skipped, Map.of(), List.of());
    }

    public Report(String version, Diagnosis diagnosis, List<SourceSummary> sources, List<InputProblem> problems) {
        this(version, diagnosis, sources, problems, List.of(), Map.of(), List.of());
    }

    /** The waiver that applies to this finding, or null. */
    public Waived waiver(Finding f) {
        return waivers.get(f);
    }
}
