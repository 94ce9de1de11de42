package ted.read;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ted.facts.Case;

/**
 * The reference a rule author reads instead of unzipping the jar: every fact type a rule may match, with the
 * properties (named as the cmdlets name them) and the methods it may call, generated from the classes themselves
 * ({@code ted rules docs --facts}; docs/rule-facts.md is kept in step by a test). Methods that change a fact (void)
 * are TED's plumbing, not a rule's, and are left out.
 */
public final class FactReference {
    private static final String FACTS_PACKAGE = "ted.facts";

    private FactReference() {
    }

    /** The Markdown reference; {@code importedTypes} are the fully qualified names the rules import (derived facts among them). */
    public static String markdown(Collection<String> importedTypes) {
        Map<Class<?>, String> sections = new LinkedHashMap<>();
        for (RecordComponent c : FactsDocument.class.getRecordComponents()) {
            Class<?> item = itemType(c.getGenericType());
            if (isFact(item)) {
                sections.putIfAbsent(item, c.getName());
            }
        }
        Map<String, Class<?>> types = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(sections.keySet());
        todo.add(Case.class);
        for (String name : importedTypes) {
            try {
                Class<?> type = Class.forName(name, false, FactReference.class.getClassLoader());
                if (isFact(type)) {
                    todo.add(type);
                }
            } catch (ClassNotFoundException e) {
                // an import of a class that is not a fact (java.util.List) or does not exist: the rule check says so
            }
        }
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (types.putIfAbsent(type.getSimpleName(), type) != null) {
                continue;
            }
            // Values a fact hands out (Ref, ExchangeBuild) are read by rules too.
            for (Method m : methods(type)) {
                referenced(m.getGenericReturnType(), todo);
            }
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents()).forEach(c -> referenced(c.getGenericType(), todo));
            }
        }
        StringBuilder out = new StringBuilder("""
                # Facts a rule may read

                Generated from TED's classes by `ted rules docs --facts -o docs/rule-facts.md`; a test keeps it in step.
                Properties carry the names Exchange and Teams print (`EwsAllowList`, `AccessRights`); in DRL write them as
                they are (`CasMailbox(EwsEnabled == false)`). Methods answer questions about a fact
                (`MailboxFolderPermission(grants("Editor"))`); what changes a fact is TED's and is not listed. A property
                that was not collected is `null`: test for it (`EwsEnabled != null`) before comparing, or the check is
                `unknown` by design.

                """);
        for (Class<?> type : types.values()) {
            out.append("## `").append(type.getSimpleName()).append("`\n\n");
            if (sections.containsKey(type)) {
                out.append("Facts-file section `").append(sections.get(type)).append("`. ");
            }
            out.append(type.getPackageName().endsWith(".derived") ? "Derived by the rules (`rules/core`), not read from a file.\n\n"
                    : "Import `" + type.getName() + "`.\n\n");
            if (type.isRecord() && type.getRecordComponents().length > 0) {
                out.append("| property | type |\n|---|---|\n");
                for (RecordComponent c : type.getRecordComponents()) {
                    out.append("| `").append(c.getName()).append("` | ").append(simple(c.getGenericType())).append(" |\n");
                }
                out.append('\n');
            }
            List<Method> methods = methods(type);
            if (!methods.isEmpty()) {
                out.append("| method | returns |\n|---|---|\n");
                for (Method m : methods) {
                    out.append("| `").append(Modifier.isStatic(m.getModifiers()) ? type.getSimpleName() + "." : "")
                            .append(m.getName()).append('(').append(Arrays.stream(m.getGenericParameterTypes())
                                    .map(FactReference::simple).collect(Collectors.joining(", ")))
                            .append(")` | ").append(simple(m.getGenericReturnType())).append(" |\n");
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Public methods declared by the type that answer something: no accessors (listed as properties), no void. */
    private static List<Method> methods(Class<?> type) {
        java.util.Set<String> accessors = type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet()) : java.util.Set.of();
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> m.getReturnType() != void.class)
                .filter(m -> !(accessors.contains(m.getName()) && m.getParameterCount() == 0))
                .filter(m -> !List.of("equals", "hashCode", "toString", "values", "valueOf").contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount)
                        .thenComparing(FactReference::simpleSignature))
                .toList();
    }

    private static String simpleSignature(Method m) {
        return Arrays.stream(m.getGenericParameterTypes()).map(FactReference::simple).collect(Collectors.joining(","));
    }

    private static void referenced(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c && isFact(c)) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            referenced(p.getRawType(), todo);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> referenced(a, todo));
        }
    }

    private static boolean isFact(Class<?> c) {
        return c != null && !c.isArray() && c.getPackageName().startsWith(FACTS_PACKAGE) && Modifier.isPublic(c.getModifiers())
                && c.getEnclosingClass() == null;
    }

    private static Class<?> itemType(Type t) {
        if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return t instanceof Class<?> c ? c : null;
    }

    /** {@code java.util.List<ted.facts.Ref>} as {@code List<Ref>}. */
    private static String simple(Type t) {
        return t.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace("<", "&lt;").replace(">", "&gt;");
    }
}
