package ted.facts.derived;

/** Derived by rules (presence/presence.drl): the host whose /api endpoint Teams presence calls, and where TED learned it. */
public record RestApiHost(String host, String source, String url) {
}
