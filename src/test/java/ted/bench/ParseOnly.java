package ted.bench;

import java.nio.file.Path;
import java.util.Arrays;
import ted.read.FactsFileReader;
import ted.read.ReadResult;

/**
 * The baseline for bench/org-scale.sh: reads the given files into facts about everyone, as {@code ted import} does,
 * and stops there (no rules, no output file), so a diagnosis can be compared with the bare cost of parsing.
 */
public final class ParseOnly {
    private ParseOnly() {
    }

    public static void main(String[] args) {
        ReadResult read = new FactsFileReader().read(Arrays.stream(args).map(Path::of).toList());
        System.out.println(read.facts().facts().size() + " facts from " + read.sources().size() + " files");
    }
}
