package ted.facts;

import java.util.List;

/**
 * The organization-wide EWS settings, from {@code Get-OrganizationConfig | Format-List Ews*}.
 * A null list was never set; an empty list was set to nothing ({@code {}} in Format-List) - they differ.
 */
public record OrganizationConfig(Boolean EwsEnabled, String EwsApplicationAccessPolicy, List<String> EwsAllowList,
                                 List<String> EwsBlockList, Boolean EwsAllowOutlook, Boolean EwsAllowMacOutlook,
                                 Boolean EwsAllowEntourage) {

    /** A list ending in {@code ...} in a facts file was cut short by the export. */
    public OrganizationConfig {
        EwsAllowList = PartialList.fromMarked(EwsAllowList);
        EwsBlockList = PartialList.fromMarked(EwsBlockList);
    }
}
