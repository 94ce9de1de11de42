package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import ted.facts.Moments.Order;

/** Issue 18: dates as PowerShell writes them in every culture the collect scripts meet, and ISO 8601 as they will. */
class MomentsTest {

    @Test
    void readsRoundTripIso8601WithSevenDigitFractionsAndAnOffset() {
        assertThat(Moments.parse("2026-11-10T08:00:00.0000000+01:00")).isEqualTo(LocalDateTime.of(2026, 11, 10, 8, 0));
        assertThat(Moments.parse("2026-11-10T08:00:00.1234567Z")).isEqualTo(LocalDateTime.of(2026, 11, 10, 8, 0, 0, 123_456_700));
        assertThat(Moments.parse("2026-11-10T08:00:00.0000000")).isEqualTo(LocalDateTime.of(2026, 11, 10, 8, 0));
    }

    @Test
    void keepsReadingEnUs() {
        assertThat(Moments.parse("11/20/2026 8:00:00 AM")).isEqualTo(LocalDateTime.of(2026, 11, 20, 8, 0));
        assertThat(Moments.parse("11/20/2026 5:30:00 PM")).isEqualTo(LocalDateTime.of(2026, 11, 20, 17, 30));
        assertThat(Moments.parse("12/5/2026 12:00:00 AM")).isEqualTo(LocalDateTime.of(2026, 12, 5, 0, 0));
        assertThat(Moments.parse("11/20/2026")).isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
    }

    /** Before: 'unreadable' (null). */
    @Test
    void readsEnGbAndDeDeDayFirstWhenTheDaySettlesIt() {
        assertThat(Moments.parse("28/11/2026 08:00:00")).isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 0));
        assertThat(Moments.parse("10.11.2026 08:00:00")).isEqualTo(LocalDateTime.of(2026, 11, 10, 8, 0));
        assertThat(Moments.parse("05.12.2026")).isEqualTo(LocalDateTime.of(2026, 12, 5, 0, 0));
        assertThat(Moments.isAmbiguous("28/11/2026 08:00:00")).isFalse();
        assertThat(Moments.isAmbiguous("10.11.2026 08:00:00")).isFalse();
    }

    @Test
    void aSlashedDateWhoseNumbersBothFitAMonthReadsBothWays() {
        assertThat(Moments.isAmbiguous("05/12/2026 17:00:00")).isTrue();
        assertThat(Moments.isAmbiguous("05/05/2026 17:00:00")).isFalse();
        assertThat(Moments.parse("05/12/2026 17:00:00", Order.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2026, 5, 12, 17, 0));
        assertThat(Moments.parse("05/12/2026 17:00:00", Order.DAY_FIRST)).isEqualTo(LocalDateTime.of(2026, 12, 5, 17, 0));
        assertThat(Moments.contradicts("28/11/2026", Order.MONTH_FIRST)).isTrue();
        assertThat(Moments.contradicts("11/28/2026", Order.DAY_FIRST)).isTrue();
        assertThat(Moments.contradicts("05/12/2026", Order.DAY_FIRST)).isFalse();
    }

    /** Before: NumberFormatException out of a rule's condition (PropertyAccessException, exit 2). */
    @Test
    void aDateBeyondAnyNumberOrCalendarIsUnreadableNotAnError() {
        assertThat(Moments.parse("/Date(99999999999999999999)/")).isNull();
        assertThat(Moments.parse("31/02/2026")).isNull();
        assertThat(Moments.parse("13:00:00 yesterday")).isNull();
    }

    /** The en-GB window of the issue: month first it ran October to May and "had ended"; day first it is running. */
    @Test
    void anEnGbWindowWhoseReadingsDisagreeIsAmbiguousNeverEnded() {
        MailboxAutoReplyConfiguration gb = new MailboxAutoReplyConfiguration(Ref.of("jane"), "Scheduled",
                "10/11/2026 08:00:00", "05/12/2026 17:00:00");
        assertThat(gb.scheduleAt("2026-11-30T08:00:00")).isEqualTo("ambiguous");
        assertThat(gb.readingsAt("2026-11-30T08:00:00")).contains("2026-11-10 to 2026-12-05, the window running")
                .contains("2026-10-11 to 2026-05-12, the window over");
        MailboxAutoReplyConfiguration settled = new MailboxAutoReplyConfiguration(Ref.of("jane"), "Scheduled",
                "28/11/2026 08:00:00", "05/12/2026 17:00:00");
        assertThat(settled.scheduleAt("2026-11-30T08:00:00")).isEqualTo("running");
        assertThat(settled.readingNote()).contains("day first (en-GB)");
        MailboxAutoReplyConfiguration agreeing = new MailboxAutoReplyConfiguration(Ref.of("jane"), "Scheduled",
                "02/03/2026 08:00:00", "04/05/2026 17:00:00");
        assertThat(agreeing.scheduleAt("2026-11-30T08:00:00")).isEqualTo("ended");
        assertThat(agreeing.readingNote()).contains("assumed month first");
    }
}
