package ted.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void equalStringsComeBackAsTheFirstOneSeen() {
        Interner strings = Interner.create();
        String first = new String("UserMailbox");
        String second = new String("UserMailbox");
        assertThat(strings.of(first)).isSameAs(first);
        assertThat(strings.of(second)).isSameAs(first);
        assertThat(strings.of("Calendar")).isEqualTo("Calendar");
        assertThat(strings.of(null)).isNull();
    }

    @Test
    void noneKeepsEveryStringAsItCame() {
        String first = new String("UserMailbox");
        String second = new String("UserMailbox");
        Interner.NONE.of(first);
        assertThat(Interner.NONE.of(second)).isSameAs(second);
    }
}
