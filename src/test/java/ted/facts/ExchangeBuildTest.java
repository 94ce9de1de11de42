package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExchangeBuildTest {

    @Test
    void readsEverySpellingTheExportsUse() {
        assertThat(ExchangeBuild.parse("Version 15.2 (Build 986.5)")).hasToString("15.2.986.5");
        assertThat(ExchangeBuild.parse("15.02.0986.005")).hasToString("15.2.986.5");
        assertThat(ExchangeBuild.parse("15.1.544.27")).hasToString("15.1.544.27");
        assertThat(ExchangeBuild.parse("not a build")).isNull();
        assertThat(ExchangeBuild.parse(null)).isNull();
    }

    /** Issue 18: a part beyond int threw NumberFormatException inside two rules' conditions, and the run exited 2. */
    @Test
    void aBuildWithAPartBeyondAnyNumberIsUnreadableNotAnError() {
        assertThat(ExchangeBuild.parse("Version 15.2 (Build 99999999999999999999.5)")).isNull();
        assertThat(ExchangeBuild.parse("15.02.99999999999.005")).isNull();
        assertThat(ExchangeBuild.parse("Version 15.2 (Build 99999999999999999999)")).isNull();
    }

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(ExchangeBuild.parse("15.1.544.27").isOlderThan("15.1.544.100")).isTrue();
        assertThat(ExchangeBuild.parse("15.0.1365.1").isOlderThan("15.0.1365.1")).isFalse();
        assertThat(ExchangeBuild.parse("Version 15.0 (Build 1130.7)").isOlderThan("15.0.1365.1")).isTrue();
        assertThat(ExchangeBuild.parse("15.2.330.5").isOlderThan("15.1.544.27")).isFalse();
    }

    @Test
    void aFloorThatIsNotABuildIsARuleBug() {
        assertThatThrownBy(() -> ExchangeBuild.parse("15.2.986.5").isOlderThan("CU3")).isInstanceOf(IllegalArgumentException.class);
    }
}
