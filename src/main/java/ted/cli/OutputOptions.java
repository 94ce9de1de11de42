package ted.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import ted.engine.Status;
import ted.report.Ansi;

/**
 * The options diagnose and scan share about their output: report files, colour, which statuses fail the run, and the
 * waivers that keep a known exception from failing it.
 */
final class OutputOptions {

    /** When to colour text output. */
    enum Color { auto, always, never }

    @Option(names = "--report", paramLabel = "FILE",
            description = {"Also write the result to FILE, in the format its extension names: .txt, .json, .md, .html, .csv, "
                + "or .xml (JUnit, diagnose only). Repeat for several; each is named on stderr when written."})
    List<Path> reports = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text output: auto (only on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    Color color;

    @Option(names = "--fail-on", paramLabel = "STATUS", split = ",", defaultValue = "fail,error",
            description = {"The statuses that make the exit code 1 (default: ${DEFAULT-VALUE}); e.g. fail,error,unknown for a "
                + "pipeline that must not pass what could not be verified. Waived checks never count."})
    Set<Status> failOn;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = {"Known exceptions to accept for a while (YAML; docs/waivers.md). A waived check keeps its status and "
                + "shows the waiver, but does not count towards the exit code. Without this option, .ted.yaml in the current "
                + "folder is read when it exists."})
    Path waivers;

    /** Where waivers are found without --waivers; tests point it into a temporary folder, as the working folder is fixed. */
    static Path implicitWaivers = Path.of(".ted.yaml");

    /** The waivers a run applies, and the note that says where they came from when the admin did not name the file. */
    record Waivers(List<ted.waive.Waiver> list, String note) {
    }

    /**
     * The waivers of --waivers, else of .ted.yaml in the current folder when there is one, else none. A .ted.yaml
     * changes the exit code without being named on the command line, so its use is always said.
     *
     * @throws ted.waive.WaiverException with a one-line message when the file cannot be used
     */
    Waivers waivers(ted.engine.RuleBase rules) {
        Path implicit = implicitWaivers;
        Path file = waivers != null ? waivers : java.nio.file.Files.isRegularFile(implicit) ? implicit : null;
        if (file == null) {
            return new Waivers(List.of(), null);
        }
        List<ted.waive.Waiver> list = ted.waive.WaiverFile.read(file, rules.checks().stream().map(c -> c.code()).toList());
        return new Waivers(list, waivers != null ? null : "waivers read from .ted.yaml in the current folder (" + list.size()
                + (list.size() == 1 ? " waiver" : " waivers") + "), since --waivers was not given");
    }

    boolean colour() {
        return color == Color.always || color == Color.auto && Ansi.auto();
    }
}
