package ted.engine;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import ted.facts.Case;
import ted.facts.PartnerApplication;
import ted.facts.Ref;

/** Tells, for every rule that fires, its name and the facts it matched: how a verdict was reached. */
final class TraceListener extends DefaultAgendaEventListener {
    private static final int MAX_FACT_TEXT = 240;
    private final Consumer<String> out;

    TraceListener(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String facts = event.getMatch().getObjects().stream().filter(o -> !o.getClass().getSimpleName().startsWith("InitialFact"))
                .map(TraceListener::describe).collect(Collectors.joining("; "));
        Object status = event.getMatch().getRule().getMetaData().get(RuleMetadata.STATUS);
        out.accept("fired \"" + event.getMatch().getRule().getName() + "\"" + (status == null ? "" : " -> " + status)
                + (facts.isEmpty() ? "" : " on " + facts));
    }

    /** Components that say which one a fact is, in the order they are tried: how an admin would name it. */
    private static final List<String> NAMING = List.of("UserPrincipalName", "Identity", "Name", "EmailAddress",
            "Test", "Task", "Url", "ApplicationIdentifier", "CurrentCertificateThumbprint", "Thumbprint", "section", "host", "mode", "app");

    /**
     * A fact as a rule author thinks of it ({@code Mailbox jane.doe@contoso.com}, {@code Check DELEGATE_SEND_ON_BEHALF}),
     * on one line, not Java's default {@code InitialFactImpl@4dde85f0} or a record's every field.
     */
    static String describe(Object fact) {
        String type = fact.getClass().getSimpleName();
        String name = null;
        if (fact instanceof Check c) {
            name = c.code();
        } else if (fact instanceof Finding f) {
            name = f.getCode() + " " + f.getStatus();
        } else if (fact instanceof Case c) {
            name = "user " + (c.user() == null ? "(none)" : c.user().getUpn()) + ", delegate "
                    + (c.delegate() == null ? "(none)" : c.delegate().getUpn()) + ", as of " + c.today();
        } else if (fact.getClass().isRecord()) {
            name = namingComponent(fact);
        }
        boolean bare = fact.getClass().isRecord() && (fact.getClass().getRecordComponents().length == 0
                || type.equals("OrganizationConfig") || type.equals("AuthConfig"));
        String text = name != null ? type + " " + name : bare ? type : String.valueOf(fact);
        text = text.replaceAll("\\s*\\R\\s*", " ");
        return text.length() <= MAX_FACT_TEXT ? text : text.substring(0, MAX_FACT_TEXT) + "...";
    }

    private static String namingComponent(Object record) {
        for (String wanted : NAMING) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(wanted)) {
                    try {
                        Object v = c.getAccessor().invoke(record);
                        if (v != null) {
                            return v instanceof Ref r ? r.getUpn() : v instanceof PartnerApplication a ? a.Name() : String.valueOf(v);
                        }
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
