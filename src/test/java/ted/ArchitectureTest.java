package ted;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of TED as rules that say why: read turns exports into facts, load turns rule files into a checked
 * knowledge base, the engine turns facts into findings, report turns findings into text; each hands one value to the
 * next and knows nothing of the others' internals. The command line ({@code ted.cli}) is the one place that knows them
 * all.
 */
@AnalyzeClasses(packages = "ted", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule factsKnowNoStage = noClasses().that().resideInAPackage("ted.facts..")
            .should().dependOnClassesThat().resideInAnyPackage("ted.read..", "ted.load..", "ted.engine..", "ted.report..",
                    "ted.scan..", "ted.redact..", "ted.waive..", "ted.ruletest..", "ted.cli..")
            .because("facts carry the names Exchange and Teams use and every stage shares them; a fact that knew a stage "
                    + "would tie the rules to TED's plumbing");

    @ArchTest
    static final ArchRule readKnowsNothingOfWhatFollows = noClasses().that().resideInAPackage("ted.read..")
            .should().dependOnClassesThat().resideInAnyPackage("ted.load..", "ted.engine..", "ted.report..", "ted.scan..",
                    "ted.redact..", "ted.waive..", "ted.ruletest..", "ted.cli..")
            .because("an importer's job ends at facts: a new export form must not need to know a rule or a renderer");

    @ArchTest
    static final ArchRule engineNeitherReadsNorLoadsNorRenders = noClasses().that().resideInAPackage("ted.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("ted.read..", "ted.load..", "ted.report..", "ted.scan..",
                    "ted.redact..", "ted.waive..", "ted.ruletest..", "ted.cli..")
            .because("evaluation takes facts and a loaded knowledge base and gives findings; how either was made, and "
                    + "how findings are shown, are other stages' business");

    @ArchTest
    static final ArchRule loadingOnlyFeedsTheEngine = noClasses().that().resideInAPackage("ted.load..")
            .should().dependOnClassesThat().resideInAnyPackage("ted.read..", "ted.report..", "ted.scan..", "ted.redact..",
                    "ted.waive..", "ted.ruletest..", "ted.cli..")
            .because("loading compiles, caches and checks rule files into the engine's RuleBase and nothing else");

    @ArchTest
    static final ArchRule reportsDoNotEvaluate = noClasses().that().resideInAPackage("ted.report..")
            .should().dependOnClassesThat().resideInAnyPackage("ted.load..", "ted.cli..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("ted.engine.Diagnoser")
            .because("a renderer shows the findings it is handed; one that ran rules would show something else than "
                    + "the other formats of the same run");

    @ArchTest
    static final ArchRule stagesAreAcyclic = slices().matching("ted.(*)..").should().beFreeOfCycles()
            .because("each stage hands one value to the next; a cycle would make two stages one");
}
