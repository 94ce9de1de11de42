package ted.facts;

/**
 * The account a partner application is linked to, from
 * {@code Get-MailUser <LinkedAccount> | Format-List Name,Identity,DistinguishedName,HiddenFromAddressListsEnabled,RecipientTypeDetails}.
 */
public record AppAccount(Ref Identity, String Name, String DistinguishedName, Boolean HiddenFromAddressListsEnabled,
                         String RecipientTypeDetails) {

    public AppAccount {
        if (Identity == null) {
            Identity = Ref.of(DistinguishedName != null ? DistinguishedName : Name);
        }
    }

    public String key() {
        return Identity == null ? "" : Identity.getKey();
    }
}
