package ted.report;

import java.util.List;
import ted.engine.CheckDocs;
import ted.engine.CheckDocs.CheckDoc;
import ted.engine.Check;
import ted.engine.RuleBase;

/** The check catalogue as Markdown (docs/checks.md), written by {@code ted rules docs}; all Markdown TED writes lives here. */
public final class CheckDocsMarkdown {
    private CheckDocsMarkdown() {
    }

    /** The Markdown catalogue (docs/checks.md), generated from the rules by {@code ted rules docs}. */
    public static String of(RuleBase rules) {
        StringBuilder md = new StringBuilder("""
                # Check catalogue

                Generated from the rules by `ted rules docs -o docs/checks.md`; do not edit by hand (a test fails when it is stale).
                Codes are stable. Statuses: `fail` a documented cause that breaks the symptom, `error` a rule broke while deciding it, `warn` risky or deprecated,
                `unknown` a fact is missing (the finding says how to collect it), `info`, `skipped` does not apply, `pass`.

                | code | symptoms | severity | title |
                |---|---|---|---|
                """);
        List<CheckDoc> docs = CheckDocs.all(rules);
        for (CheckDoc d : docs) {
            md.append("| [`").append(d.check().code()).append("`](#").append(d.check().code().toLowerCase()).append(") | ")
                    .append(CheckDocs.symptoms(d.check())).append(" | ").append(d.check().severity()).append(" | ")
                    .append(d.check().title().replace("|", "\\|")).append(" |\n");
        }
        for (CheckDoc d : docs) {
            Check c = d.check();
            md.append("\n## ").append(c.code()).append("\n\n**").append(c.title()).append("**\n\n")
                    .append("- What it checks: ").append(c.what()).append('\n')
                    .append("- Why it matters: ").append(c.why()).append('\n')
                    .append("- Fix: ").append(c.fix()).append('\n')
                    .append("- Symptoms: ").append(CheckDocs.symptoms(c)).append(" · section: ").append(c.section().id())
                    .append(" · severity: ").append(c.severity()).append(" · scan unit: ").append(c.unit().id()).append(c.onPremisesOnly() ? " · on-premises mailboxes only" : "").append('\n')
                    .append("- Statuses: ").append(String.join(", ", d.statuses())).append('\n')
                    .append("- Facts read: ").append(d.factsRead().isEmpty() ? "(none)" : String.join(", ", d.factsRead())).append('\n')
                    .append(c.template() == null ? "" : "- Decided by the shared `" + c.template() + "` rules\n")
                    .append("- Source: ").append(c.source()).append('\n')
                    .append("- Defined in: `rules/").append(c.file()).append("`\n");
        }
        return md.toString();
    }

}
