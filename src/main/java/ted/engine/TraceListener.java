package ted.engine;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Tells, for every rule that fires, its name and the facts it matched: how a verdict was reached. */
final class TraceListener extends DefaultAgendaEventListener {
    private static final int MAX_FACT_TEXT = 240;
    private final Consumer<String> out;

    TraceListener(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String facts = event.getMatch().getObjects().stream().map(TraceListener::shorten).collect(Collectors.joining("; "));
        Object status = event.getMatch().getRule().getMetaData().get(RuleMetadata.STATUS);
        out.accept("fired \"" + event.getMatch().getRule().getName() + "\"" + (status == null ? "" : " -> " + status)
                + (facts.isEmpty() ? "" : " on " + facts));
    }

    private static String shorten(Object fact) {
        String text = String.valueOf(fact);
        return text.length() <= MAX_FACT_TEXT ? text : text.substring(0, MAX_FACT_TEXT) + "...";
    }
}
