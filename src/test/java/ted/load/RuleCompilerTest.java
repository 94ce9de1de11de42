package ted.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ted.TestRules;
import ted.engine.Check;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;

/** The metadata contract and compile errors: a broken rule folder must say file:line, never load half a base. */
class RuleCompilerTest {
    @TempDir
    Path dir;

    private RuleSource folderWith(String name, String drl) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), drl);
        return RuleSource.directory(dir);
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() throws IOException {
        RuleSource src = folderWith("area/bad.drl", "package ted.rules\n\nrule \"x\"\nwhen\n    Foo(\nthen\nend\n");
        assertThatThrownBy(() -> RuleCompiler.compile(src)).isInstanceOf(RuleDefinitionException.class)
                .hasMessageStartingWith("area/bad.drl:");
    }

    static final String DEFINITION = """
            rule "NEW_CHECK" @defines("NEW_CHECK") @title("A new check") @symptoms("presence") @section("presence") @step("9")
                @severity("low") @source("test") @what("what") @why("why") @fix("how")
            when eval(false) then end
            """;

    @Test
    void aCheckDefinitionWithoutItsWhyIsRefused() throws IOException {
        RuleSource src = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replace("@why(\"why\") ", ""));
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessageContaining("has no @why metadata");
    }

    @Test
    void aCheckCodeMustLookLikeOne() throws IOException {
        RuleSource src = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replace("@defines(\"NEW_CHECK\")", "@defines(\"new-check\")"));
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessageContaining("is not of the form [A-Z][A-Z0-9_]+");
    }

    @Test
    void aCheckUnitMustBeKnownAndAPairCheckServeDelegationAlone() throws IOException {
        RuleSource unknown = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replace("@step(\"9\")", "@step(\"9\") @unit(\"server\")"));
        assertThatThrownBy(() -> RuleCompiler.compile(unknown)).hasMessageContaining("unknown unit 'server'");
        RuleSource pair = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replace("@step(\"9\")", "@step(\"9\") @unit(\"pair\")"));
        assertThatThrownBy(() -> RuleCompiler.compile(pair)).hasMessageContaining("@unit(\"pair\") needs @symptoms(\"delegation\") alone");
    }

    /** Issue 19: @severity("lo") was accepted and shown as is in every report. */
    @Test
    void severityAndScopeMustBeWordsOfTheirVocabulary() throws IOException {
        RuleSource typo = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replaceFirst("@severity\\(\"[a-z]+\"\\)", "@severity(\"lo\")"));
        assertThatThrownBy(() -> RuleCompiler.compile(typo)).hasMessageContaining("@severity(\"lo\") is not one of high, medium, low, info")
                .hasMessageContaining("did you mean 'low'?");
        RuleSource withVerdicts = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replaceFirst("@severity\\(\"[a-z]+\"\\)", "@severity(\"lo\")")
                + "rule \"v1\" @code(\"NEW_CHECK\") @status(\"fail\") when then end\n"
                + "rule \"v2\" @code(\"NEW_CHECK\") @status(\"pass\") when then end\n");
        assertThatThrownBy(() -> RuleCompiler.compile(withVerdicts)).as("one mistake, one message")
                .hasMessageContaining("@severity(\"lo\")").hasMessageNotContaining("which no rule defines");
        RuleSource scope = folderWith("x.drl", "package ted.rules\n" + DEFINITION.replace("@step(\"9\")", "@step(\"9\") @scope(\"onprem\")"));
        assertThatThrownBy(() -> RuleCompiler.compile(scope)).hasMessageContaining("@scope(\"onprem\") is not one of on-premises, any");
    }

    @Test
    void aVerdictForAnUndefinedCheckIsRefusedWithWhatToAdd() throws IOException {
        RuleSource src = folderWith("x.drl", "package ted.rules\nrule \"v\" @code(\"NOWHERE\") @status(\"fail\") when then end\n");
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessageContaining("gives a verdict for NOWHERE, which no rule defines");
    }

    @Test
    void aVerdictWithAnUnknownStatusIsRefused() throws IOException {
        RuleSource src = folderWith("x.drl", "package ted.rules\n" + DEFINITION
                + "rule \"v\" @code(\"NEW_CHECK\") @status(\"broken\") when then end\n");
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessageContaining("unknown status 'broken'");
    }

    @Test
    void aRuleWithNeitherCodeNorPurposeIsRefused() throws IOException {
        RuleSource src = folderWith("x.drl", "package ted.rules\nrule \"helper\" when then end\n");
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessageContaining("has no @purpose metadata");
    }

    @Test
    void aCheckDefinedTwiceIsRefused() throws IOException {
        RuleSource src = folderWith("x.drl", "package ted.rules\n" + DEFINITION + DEFINITION.replace("rule \"NEW_CHECK\"", "rule \"NEW_CHECK again\""));
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessageContaining("check NEW_CHECK is defined twice");
    }

    @Test
    void aRuleNameUsedInTwoFilesIsRefused() throws IOException {
        folderWith("a.drl", "package ted.rules\nrule \"same\" @purpose(\"p\") when then end\n");
        RuleSource src = folderWith("b.drl", "package ted.rules\n\nrule \"same\" @purpose(\"q\") when then end\n");
        assertThatThrownBy(() -> RuleCompiler.compile(src)).hasMessage("b.drl:3: rule \"same\" is already defined at a.drl:2");
    }

    @Test
    void theBuiltInCatalogueIsInTheGuidesOrderAndComplete() {
        assertThat(TestRules.builtIn().checks()).extracting(Check::code).containsExactly(
                "HYBRID_EXO_PARTNER_APP", "HYBRID_AUTH_SERVER", "HYBRID_INTRA_ORG_CONNECTOR", "TEAMS_PARTNER_APP",
                "TEAMS_APP_ACCOUNT_ROLES", "TEAMS_APP_ACCOUNT_HIDDEN", "EXCHANGE_BUILD_DELEGATION", "EXCHANGE_BUILD_CALENDAR",
                "AUTODISCOVER", "AUTODISCOVER_ON_PREM_EWS", "EWS_EXTERNAL_URL", "OAUTH_CONNECTIVITY", "OAUTH_CERTIFICATE",
                "FREE_BUSY", "EWS_ORG_ENABLED", "EWS_MAILBOX_ENABLED", "DELEGATE_CALENDAR_EDITOR", "DELEGATE_SEND_ON_BEHALF",
                "EWS_ORG_ALLOWS_SCHEDULING", "EWS_MAILBOX_ALLOWS_SCHEDULING", "CALENDAR_APP_PINNED", "COEXISTENCE_MODE",
                "EWS_ORG_ALLOWS_CALENDAR_APP", "EWS_MAILBOX_ALLOWS_CALENDAR_APP", "RCA_CALENDAR_APP_TEST",
                "REST_API_PUBLISHED", "RCA_PRESENCE_TEST", "EWS_ORG_ALLOWS_PRESENCE", "EWS_MAILBOX_ALLOWS_PRESENCE",
                "PRESENCE_DELAY", "AUTO_REPLY_STATE", "ESCALATION");
    }

    @Test
    void theJarCarriesTheSameRulesAsTheFolder() {
        RuleBase fromClasspath = RuleCompiler.compile(RuleSource.builtIn());
        assertThat(fromClasspath.files()).isEqualTo(TestRules.builtIn().files());
    }
}
