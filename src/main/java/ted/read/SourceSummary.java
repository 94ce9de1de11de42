package ted.read;

import java.util.List;

/**
 * What one input file was read as and how many objects it held, so the admin sees what TED understood, and what
 * TED had to interpret on the way (a list cut short, an enum written as a number).
 */
public record SourceSummary(String file, String readAs, int objects, List<String> notes) {

    public SourceSummary(String file, String readAs, int objects) {
        this(file, readAs, objects, List.of());
    }
}
