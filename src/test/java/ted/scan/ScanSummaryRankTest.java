package ted.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import ted.engine.Status;

/**
 * The order an object's evaluations are folded in: the worst status wins, and a decided one outranks skipped, so an
 * organisation check skipped for the mailboxes in Exchange Online counts what the on-premises ones got.
 */
class ScanSummaryRankTest {

    @Test
    void worstFirstWithSkippedLast() {
        assertThat(Arrays.stream(Status.values()).sorted(Comparator.comparingInt(ScanSummary::rank)))
                .containsExactly(Status.FAIL, Status.ERROR, Status.WARN, Status.UNKNOWN, Status.INFO, Status.PASS, Status.SKIPPED);
    }
}
