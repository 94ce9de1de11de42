package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 7, item 7: whatever a name holds, the collect script stays one script that runs only what TED wrote. */
class CollectScriptEscapingTest {

    static String script(String user, String delegate) {
        CliRun run = delegate == null ? CliRun.of("collect-script", "--user", user) : CliRun.of("collect-script", "--user", user, "--delegate", delegate);
        assertThat(run.exitCode()).isZero();
        return run.out();
    }

    @Test
    void aTypographicApostropheFromOutlookIsDoubledSoTheScriptStillParses() {
        assertThat(script("O\u2019Brien@contoso.com", null)).contains("$User = 'O\u2019\u2019Brien@contoso.com'");
    }

    @Test
    void aNameThatTriesToCloseTheStringRunsNothing() {
        String s = script("\u2019; Write-Host PWNED; \u2019", "'; Remove-Mailbox boss; '");
        assertThat(s).contains("$User = '\u2019\u2019; Write-Host PWNED; \u2019\u2019'")
                .contains("$Delegate = '''; Remove-Mailbox boss; '''");
    }

    @Test
    void aNameHoldingTheCommentCloserDoesNotEndTheHeaderComment() {
        String s = script("x#>@contoso.com", null);
        String header = s.substring(0, s.indexOf("param("));
        assertThat(header.split("#>", -1)).hasSize(2);
        assertThat(s).contains("$User = 'x#>@contoso.com'");
    }

    @Test
    void aPlaceholderInsideAValueIsNotExpanded() {
        String s = script("{{DELEGATE}}", "boss@contoso.com");
        assertThat(s).contains("$User = '{{DELEGATE}}'").contains("$Delegate = 'boss@contoso.com'");
    }

    @Test
    void theProbeTheScriptRunsSaysItRanFromInside() {
        assertThat(script("jane.doe@contoso.com", null)).contains("RunFrom = 'inside'");
    }
}
