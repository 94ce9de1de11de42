package ted.read.exports;

import java.util.List;

/** What the export readers recognize by file name, for the collect script's tests and docs. */
public final class ExportNames {
    private ExportNames() {
    }

    public static boolean recognizes(String fileName) {
        return Cmdlets.byFileName(fileName).isPresent();
    }

    /** Every cmdlet (or test) whose output TED reads. */
    public static List<String> cmdletsRead() {
        return Cmdlets.ALL.stream().map(Cmdlet::name).toList();
    }
}
