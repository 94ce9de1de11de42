package ted.facts.derived;

import ted.facts.Mailbox;

/** Derived by rules (core/scope.drl): the affected mailbox is hosted in Exchange Online. */
public record MailboxInExchangeOnline(Mailbox mailbox) {
}
