package ted.facts;

import java.util.List;

/**
 * A Teams service that reaches mailboxes over EWS. Rules declare these (the knowledge of which service sends which
 * user agent lives in the rule files): the entries the guide tells admins to allow, and representative user-agent
 * strings that those entries exist to admit. Every user agent must be let in for the service to work.
 */
public record TeamsEwsClient(String name, List<String> requiredEntries, List<String> userAgents) {
}
