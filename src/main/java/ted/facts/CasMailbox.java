package ted.facts;

import java.util.List;

/** One mailbox's EWS settings, from {@code Get-CASMailbox <user> | Format-List Identity,PrimarySmtpAddress,Ews*}. */
public record CasMailbox(Ref Identity, String PrimarySmtpAddress, Boolean EwsEnabled, String EwsApplicationAccessPolicy,
                         List<String> EwsAllowList, List<String> EwsBlockList, Boolean EwsAllowOutlook,
                         Boolean EwsAllowMacOutlook, Boolean EwsAllowEntourage) {

    public CasMailbox {
        EwsAllowList = PartialList.fromMarked(EwsAllowList);
        EwsBlockList = PartialList.fromMarked(EwsBlockList);
        if (Identity == null) {
            Identity = Ref.of(PrimarySmtpAddress);
        }
    }

    public String key() {
        return Identity == null ? "" : Identity.getKey();
    }
}
