package ted.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;
import ted.engine.RuleFile;
import ted.engine.RuleLocation;

/**
 * Compiles DRL into a {@link RuleBase}. This is the one seam where rules are loaded: caching or pre-built
 * knowledge bases plug in here without the rest of the tool noticing.
 *
 * <p>It uses the classic DRL compiler directly (no KieContainer/kmodule machinery): that is the fastest path
 * measured here and keeps each file's path and line in compile errors.
 */
public final class RuleCompiler {
    private RuleCompiler() {
    }

    public static RuleBase compile(RuleSource source) {
        return compile(source.files());
    }

    public static RuleBase compile(List<RuleFile> files) {
        FolderPolicy.checkUniqueNames(files);
        KnowledgeBuilderConfiguration config = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Facts are immutable records that rules never modify, so property reactivity buys nothing and only
        // produces "class reactivity" warnings on cross-pattern constraints.
        config.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(config);
        // One batch, so a type declared in one file (e.g. core/scope.drl) is known to the files that use it,
        // whatever order they are read in.
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.path());
            resource.setResourceType(ResourceType.DRL);
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            List<String> messages = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                messages.add(describe(error));
            }
            throw new RuleDefinitionException(String.join(System.lineSeparator(), messages));
        }
        KieBase kieBase = builder.newKieBase();
        return new RuleBase(kieBase, files, RuleCompiler::without);
    }

    /**
     * The knowledge base of {@code files} without the named rules ({@link RuleBase.Copier}), compiled afresh from their
     * text with each left-out rule blanked line for line, so every other rule keeps its file and line. Taking rules out
     * of a built knowledge base with Drools' {@code removeRule} is no way: with three or more of the built-in rules
     * removed, the next evaluation failed inside the network (an index out of bounds).
     */
    public static KieBase without(List<RuleFile> files, Set<String> ruleNames) {
        List<RuleFile> kept = files.stream().map(f -> new RuleFile(f.path(), blank(f.text(), ruleNames))).toList();
        return compile(kept).kieBase();
    }

    /** The text with the named rules' blocks, from {@code rule "name"} to their {@code end} line, as empty lines. */
    static String blank(String text, Set<String> ruleNames) {
        Map<String, Integer> starts = RuleLocation.rulesIn(text);
        if (ruleNames.stream().noneMatch(starts::containsKey)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (String name : ruleNames) {
            Integer start = starts.get(name);
            if (start == null) {
                continue;
            }
            for (int i = start - 1; i < lines.length; i++) {
                boolean last = lines[i].strip().equals("end");
                lines[i] = "";
                if (last) {
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    /** {@code file:line: message}, the form editors and CI logs link from. */
    private static String describe(KnowledgeBuilderError error) {
        String path = error.getResource() == null ? "rules" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return path + line + ": " + error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
