package ted.facts.derived;

import ted.facts.PartnerApplication;

/** Derived by rules (prerequisites/teams-oauth.drl): the partner application Teams uses, and whether it is the legacy one. */
public record TeamsPartnerApp(PartnerApplication app, boolean legacy) {
}
