package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7, item 7: a value from the inputs is printed inert, whatever it holds. */
class PowerShellTest {
    @Test
    void everyValueIsSingleQuotedSoNothingInItExpands() {
        assertThat(PowerShell.quote("jane.doe@contoso.com")).isEqualTo("'jane.doe@contoso.com'");
        assertThat(PowerShell.quote("john$(Remove-Mailbox boss)@contoso.com")).isEqualTo("'john$(Remove-Mailbox boss)@contoso.com'");
        assertThat(PowerShell.quote("a`b $env:USERNAME")).isEqualTo("'a`b $env:USERNAME'");
    }

    @Test
    void straightAndTypographicSingleQuotesAreDoubled() {
        assertThat(PowerShell.quote("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(PowerShell.quote("O\u2019Brien")).isEqualTo("'O\u2019\u2019Brien'");
        assertThat(PowerShell.quote("\u2019; Write-Host PWNED; \u2019")).isEqualTo("'\u2019\u2019; Write-Host PWNED; \u2019\u2019'");
        for (char q = '\u2018'; q <= '\u201B'; q++) {
            assertThat(PowerShell.quote("x" + q)).isEqualTo("'x" + q + q + "'");
        }
    }

    /** A string that PowerShell would end early would leave the rest of the value to run as code. */
    @Test
    void aQuotedValueHasNoUnpairedQuoteInside() {
        for (String hostile : List.of("'; Remove-Mailbox x; '", "\u2018\u2019\u201A\u201B'", "#> <# '")) {
            String inner = PowerShell.quote(hostile);
            inner = inner.substring(1, inner.length() - 1);
            int run = 0;
            for (char c : inner.toCharArray()) {
                if (PowerShell.isSingleQuote(c)) {
                    run++;
                } else {
                    assertThat(run % 2).as("quote run before '%s' in %s", c, hostile).isZero();
                    run = 0;
                }
            }
            assertThat(run % 2).isZero();
        }
    }

    @Test
    void listsAndPlaceholdersAreQuotedToo() {
        assertThat(PowerShell.list(List.of("*Teams/*", "it's"))).isEqualTo("'*Teams/*','it''s'");
        assertThat(PowerShell.placeholder("delegate's UPN")).isEqualTo("'<delegate''s UPN>'");
    }
}
