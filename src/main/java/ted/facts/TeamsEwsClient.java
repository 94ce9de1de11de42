package ted.facts;

import java.util.List;

/**
 * A Teams service that reaches mailboxes over EWS, as a symptom's rule file declares it: the EwsAllowList entries the
 * guide tells admins to have for it, and the codes of the two checks (organization and mailbox level) whose verdicts
 * the shared EWS-policy rules reach for it (rules/common/ews-access-policy.drl).
 *
 * @param name              how findings name it, e.g. "the Teams scheduling service"
 * @param requiredEntries   the guide's entries, exactly as the guide writes them
 * @param organizationCheck the check judging Get-OrganizationConfig for this service
 * @param mailboxCheck      the check judging the affected mailbox's Get-CASMailbox for this service
 */
public record TeamsEwsClient(String name, List<String> requiredEntries, String organizationCheck, String mailboxCheck) {
}
