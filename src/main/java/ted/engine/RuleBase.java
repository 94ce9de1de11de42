package ted.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A compiled knowledge base plus the catalogue of checks its rules declare. Building the catalogue also enforces
 * the metadata contract, so a rule without its code or title never reaches an admin.
 */
public final class RuleBase {
    private final KieBase kieBase;
    private final List<RuleFile> files;
    private final Map<String, RuleLocation> locations;
    private final Map<String, Check> checks;
    private final Copier copier;
    private final Checks byCode;
    /** Copies already made, by the rules left out: a scan meets the same broken rule in every subject. */
    private final Map<Set<String>, KieBase> copies = new ConcurrentHashMap<>();

    /**
     * Builds a knowledge base from the rule files without some rules, for running a case again after they threw. How is
     * the loader's business: it knows how rules are compiled.
     */
    @FunctionalInterface
    public interface Copier {
        KieBase without(List<RuleFile> files, Set<String> ruleNames);
    }

    /** Checks the metadata contract of every rule; throws {@link RuleDefinitionException} listing every breach. */
    public RuleBase(KieBase kieBase, List<RuleFile> files, Copier copier) {
        this.kieBase = kieBase;
        this.files = files;
        this.copier = copier;
        this.locations = RuleLocation.index(files);
        this.checks = definitions(kieBase, locations);
        this.byCode = new Checks(checks, declarationOrder(rules()));
    }

    /** Metadata keys a rule may carry; anything else is a typo, or a name Drools takes for an annotation class. */
    private static final Set<String> KNOWN_KEYS = Set.of(RuleMetadata.CHECK, RuleMetadata.CODE,
            RuleMetadata.STATUS, RuleMetadata.PURPOSE, RuleMetadata.TEMPLATE, "title", "symptoms", "section", "step", "severity", "source", "what",
            "why", "fix", "scope", RuleMetadata.UNIT);

    /**
     * Builds the catalogue and checks the metadata contract on every rule at once, so an author sees every problem
     * in one run, each as {@code file:line: message}.
     */
    private static Map<String, Check> definitions(KieBase kieBase, Map<String, RuleLocation> locations) {
        Map<String, Check> byCode = new LinkedHashMap<>();
        List<Rule> verdicts = new ArrayList<>();
        Set<String> templates = new HashSet<>();
        List<String> problems = new ArrayList<>();
        // Checks whose definition is itself wrong: their verdicts are not reported again as verdicts for no check.
        Set<String> brokenDefinitions = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String at = where(locations, rule);
                meta.keySet().stream().filter(k -> !KNOWN_KEYS.contains(k)).forEach(k -> problems.add(at + "rule \"" + rule.getName()
                        + "\" has metadata " + k + " TED does not know (Drools turns some names, such as @description, into "
                        + "annotation classes); use " + KNOWN_KEYS.stream().sorted().map(x -> "@" + x).collect(Collectors.joining(" "))));
                try {
                    if (RuleMetadata.isDefinition(meta)) {
                        RuleLocation loc = locations.get(rule.getName());
                        Check check = RuleMetadata.definition(rule.getName(), meta, loc == null ? null : loc.file());
                        if (byCode.putIfAbsent(check.code(), check) != null) {
                            problems.add(at + "check " + check.code() + " is defined twice (rule \"" + rule.getName() + "\")");
                        }
                    } else if (RuleMetadata.isVerdict(meta)) {
                        verdicts.add(rule);
                    } else if (RuleMetadata.isTemplateVerdict(meta)) {
                        templates.add(RuleMetadata.required(rule.getName(), meta, RuleMetadata.TEMPLATE));
                        RuleMetadata.statuses(rule.getName(), meta);
                    } else {
                        RuleMetadata.required(rule.getName(), meta, RuleMetadata.PURPOSE);
                    }
                } catch (RuleDefinitionException e) {
                    problems.add(at + e.getMessage());
                    brokenDefinitions.add(String.valueOf(meta.get(RuleMetadata.CHECK)));
                } catch (IllegalArgumentException e) {
                    problems.add(at + "rule \"" + rule.getName() + "\": " + e.getMessage());
                    brokenDefinitions.add(String.valueOf(meta.get(RuleMetadata.CHECK)));
                }
            }
        }
        Map<String, Check> bySteps = new LinkedHashMap<>();
        for (Check check : byCode.values()) {
            Check same = bySteps.putIfAbsent(check.section().id() + "#" + check.step(), check);
            if (same != null) {
                problems.add(check.file() + ": check " + check.code() + " has @section(\"" + check.section().id() + "\") @step(\""
                        + check.step() + "\"), which " + same.code() + " (" + same.file() + ") already has; a step orders one "
                        + "check within its section, so give it a free number");
            }
            if (check.template() != null && !templates.contains(check.template())) {
                problems.add(check.file() + ": check " + check.code() + " names @template(\"" + check.template()
                        + "\"), but no rule carries @template(\"" + check.template() + "\") @status(...)");
            }
        }
        for (Rule rule : verdicts) {
            String at = where(locations, rule);
            String code = String.valueOf(rule.getMetaData().get(RuleMetadata.CODE));
            if (!byCode.containsKey(code) && !brokenDefinitions.contains(code)) {
                problems.add(at + "rule \"" + rule.getName() + "\" gives a verdict for " + code
                        + ", which no rule defines; add rule \"" + code + "\" @defines(\"" + code + "\") with its documentation");
            }
            try {
                RuleMetadata.statuses(rule.getName(), rule.getMetaData());
            } catch (RuleDefinitionException | IllegalArgumentException e) {
                problems.add(at + "rule \"" + rule.getName() + "\": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RuleDefinitionException(String.join(System.lineSeparator(), problems));
        }
        Map<String, Check> ordered = new LinkedHashMap<>();
        byCode.values().stream().sorted(ORDER).forEach(c -> ordered.put(c.code(), c));
        return ordered;
    }

    private static String where(Map<String, RuleLocation> locations, Rule rule) {
        RuleLocation loc = locations.get(rule.getName());
        return loc == null ? "" : loc + ": ";
    }

    /**
     * Each rule's place in the knowledge base (file, then line): a check's verdict rules are tried in this order, the
     * first that holds deciding. Rules read from no file come last.
     */
    private static Map<String, Integer> declarationOrder(List<Rule> ordered) {
        Map<String, Integer> order = new HashMap<>();
        for (Rule rule : ordered) {
            order.putIfAbsent(rule.getName(), order.size());
        }
        return order;
    }

    /** The guide's reading order: section, then step, then code. */
    public static final Comparator<Check> ORDER = Comparator.comparing(Check::section)
            .thenComparingInt(Check::step).thenComparing(Check::code);

    public KieBase kieBase() {
        return kieBase;
    }

    /** The DRL files, by the path they are reported under. */
    public List<String> files() {
        return files.stream().map(RuleFile::path).toList();
    }

    public List<RuleFile> ruleFiles() {
        return files;
    }

    /** Where a rule is written, for listings and error messages; null for a rule TED did not read from a file. */
    public RuleLocation location(String ruleName) {
        return locations.get(ruleName);
    }

    /** Every rule of the knowledge base. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> all.addAll(p.getRules()));
        all.sort(Comparator.comparing((Rule r) -> locations.getOrDefault(r.getName(), RuleLocation.NOWHERE).file())
                .thenComparingInt(r -> locations.getOrDefault(r.getName(), RuleLocation.NOWHERE).line()));
        return all;
    }

    /** Every check, in the guide's order. */
    public List<Check> checks() {
        return List.copyOf(checks.values());
    }

    public Check check(String code) {
        return checks.get(Objects.requireNonNull(code));
    }

    /**
     * The rules a failure during evaluation came from: the consequence's rule, or every rule of this knowledge base
     * that Drools names as sharing the condition that threw. Empty when the failure names no rule.
     */
    public List<RuleError> errorsIn(RuntimeException failure) {
        if (failure instanceof ConsequenceException c && c.getMatch() != null) {
            Throwable cause = c.getCause() == null ? c : c.getCause();
            return List.of(error(c.getMatch().getRule().getName(), "its consequence threw " + describe(cause)));
        }
        // A condition that throws (ConstraintEvaluationException) names the rules that share it, quoted, in its message;
        // only names of this knowledge base's rules count.
        String text = String.valueOf(failure.getMessage());
        Matcher constraint = Pattern.compile("constraint '(.*?)' in").matcher(text);
        String what = constraint.find() ? "its condition '" + constraint.group(1) + "' threw " : "its condition threw ";
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return rules().stream().map(Rule::getName).filter(name -> text.contains("\"" + name + "\""))
                .map(name -> error(name, what + describe(cause))).toList();
    }

    private RuleError error(String rule, String message) {
        RuleLocation loc = locations.get(rule);
        return new RuleError(rule, loc == null ? null : loc.toString(), message);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("").strip();
        return t.getClass().getSimpleName() + message;
    }

    /**
     * A copy of the knowledge base without the named rules, for running a case again after those rules threw; the
     * shared knowledge base is never changed.
     */
    public KieBase kieBaseWithout(Set<String> ruleNames) {
        return copies.computeIfAbsent(Set.copyOf(ruleNames), names -> copier.without(files, names));
    }

    /** True when {@code ruleName} reaches verdicts for {@code check}, as its own rule or as the template it names. */
    public boolean decides(String ruleName, Check check) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r.getName().equals(ruleName)).findFirst()
                .map(r -> checksDecidedBy(r).contains(check)).orElse(false);
    }

    /** The checks a rule reaches verdicts for: its {@code @code}, or every check naming its {@code @template}. */
    public List<Check> checksDecidedBy(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        if (RuleMetadata.isVerdict(meta)) {
            Check c = checks.get(String.valueOf(meta.get(RuleMetadata.CODE)));
            return c == null ? List.of() : List.of(c);
        }
        if (RuleMetadata.isTemplateVerdict(meta)) {
            String template = String.valueOf(meta.get(RuleMetadata.TEMPLATE));
            return checks.values().stream().filter(c -> c.decidedByTemplate(template)).toList();
        }
        return List.of();
    }

    /** Every check by code, for rules to look a definition up (the {@code checks} global of every session). */
    public Checks byCode() {
        return byCode;
    }
}
