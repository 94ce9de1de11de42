package ted.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ted.facts.Symptom;
import ted.util.Closest;

/**
 * Reads the metadata rules carry; the keys are the contract between rule authors and the tool.
 * <ul>
 *   <li>A <b>check definition</b>, one per code: {@code rule "CODE" @defines("CODE") @title @symptoms @section @step
 *       @severity @source @what @why @fix [@scope("on-premises")] [@unit("organization|mailbox|pair")] when eval(false)
 *       then end}. It never fires;
 *       it is where the check is documented.</li>
 *   <li>A <b>verdict rule</b>: {@code @code("CODE") @status("pass|fail|warn|unknown|info|skipped")}; it reaches one
 *       verdict for one way the check can go. A check's verdict rules are tried in the order its file declares them:
 *       when several hold, the first decides ({@code rules/core/verdicts.drl}), so each states only its own condition.
 *       A rule whose verdict a model computes may declare several statuses, {@code @status("pass|warn|fail")}, and
 *       name the one it reached with {@code Finding.from(kcontext, status)}.</li>
 *   <li>A <b>template verdict rule</b>: {@code @template("NAME") @status(...)}: one verdict, written once, for every
 *       check whose definition says {@code @template("NAME")} (kube-linter's templates: the logic once, the checks as
 *       parameters). The check comes from a {@code Check} fact the rule matches, not from metadata.</li>
 *   <li>A <b>support rule</b> (derives facts, or decides for any check): {@code @purpose("...")}.</li>
 * </ul>
 */
public final class RuleMetadata {
    public static final String CHECK = "defines";
    public static final String CODE = "code";
    public static final String STATUS = "status";
    public static final String PURPOSE = "purpose";
    public static final String TEMPLATE = "template";
    /** What a check is about, for counting in a scan: {@code organization}, {@code mailbox} or {@code pair} ({@link Unit}). */
    public static final String UNIT = "unit";
    /** What every check definition must carry. */
    public static final List<String> DEFINITION_KEYS = List.of("title", "symptoms", "section", "step",
            "severity", "source", "what", "why", "fix");
    /** How much a failing check hurts the symptom, as checkov and kube-linter grade theirs; a typo must not slip through. */
    public static final List<String> SEVERITIES = List.of("high", "medium", "low", "info");
    /** Which mailboxes a check is for: on-premises ones only, or any (the default). */
    public static final List<String> SCOPES = List.of("on-premises", "any");
    private static final Pattern CODE_FORM = Pattern.compile("[A-Z][A-Z0-9_]+");

    private RuleMetadata() {
    }

    public static boolean isDefinition(Map<String, Object> meta) {
        return meta.containsKey(CHECK);
    }

    public static boolean isVerdict(Map<String, Object> meta) {
        return meta.containsKey(CODE);
    }

    /** A template verdict rule: it carries {@code @template} and {@code @status} and defines nothing. */
    public static boolean isTemplateVerdict(Map<String, Object> meta) {
        return meta.containsKey(TEMPLATE) && !meta.containsKey(CHECK) && !meta.containsKey(CODE);
    }

    /** Any rule that reaches verdicts: for its own check or, as a template, for the checks that name it. */
    public static boolean reachesVerdicts(Map<String, Object> meta) {
        return isVerdict(meta) || isTemplateVerdict(meta);
    }

    public static Check definition(String ruleName, Map<String, Object> meta, String file) {
        String code = required(ruleName, meta, CHECK);
        if (!CODE_FORM.matcher(code).matches()) {
            throw new RuleDefinitionException("rule \"" + ruleName + "\": check code '" + code + "' is not of the form [A-Z][A-Z0-9_]+");
        }
        try {
            Set<Symptom> symptoms = Symptom.parseList(required(ruleName, meta, "symptoms"));
            Unit unit = meta.containsKey(UNIT) ? Unit.parse(required(ruleName, meta, UNIT)) : Unit.byDefault(symptoms);
            if (unit == Unit.PAIR && !symptoms.equals(Set.of(Symptom.DELEGATION))) {
                // Only a delegation session has a pair; a mailbox's session would have nothing to count it against.
                throw new IllegalArgumentException("@unit(\"pair\") needs @symptoms(\"delegation\") alone");
            }
            String severity = oneOf(required(ruleName, meta, "severity"), "severity", SEVERITIES);
            String scope = oneOf(String.valueOf(meta.getOrDefault("scope", "any")).trim(), "scope", SCOPES);
            return new Check(code, required(ruleName, meta, "title"),
                    symptoms, Section.parse(required(ruleName, meta, "section")),
                    Integer.parseInt(required(ruleName, meta, "step")), severity,
                    required(ruleName, meta, "source"), scope,
                    required(ruleName, meta, "what"), required(ruleName, meta, "why"), required(ruleName, meta, "fix"), file,
                    meta.containsKey(TEMPLATE) ? required(ruleName, meta, TEMPLATE) : null, unit);
        } catch (IllegalArgumentException e) {
            throw new RuleDefinitionException("rule \"" + ruleName + "\": " + e.getMessage());
        }
    }

    private static String oneOf(String value, String key, List<String> vocabulary) {
        if (!vocabulary.contains(value)) {
            throw new IllegalArgumentException("@" + key + "(\"" + value + "\") is not one of " + String.join(", ", vocabulary)
                    + "; did you mean '" + Closest.to(value, vocabulary, 1).get(0) + "'?");
        }
        return value;
    }

    /** The statuses a verdict rule declares: one, or several separated by {@code |}. */
    public static List<Status> statuses(String ruleName, Map<String, Object> meta) {
        return Arrays.stream(required(ruleName, meta, STATUS).split("\\|")).map(Status::parse).toList();
    }

    static String required(String ruleName, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new RuleDefinitionException("rule \"" + ruleName + "\" has no @" + key + " metadata");
        }
        return String.valueOf(value).trim();
    }
}
