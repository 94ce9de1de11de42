package ted.facts;

import java.util.List;

/**
 * A group and its direct members, from {@code Get-Group <name> | Format-List Name,DisplayName,Identity,DistinguishedName,
 * WindowsEmailAddress,RecipientTypeDetails,Members}. A calendar permission may be granted to a group; whether it reaches
 * the delegate depends on who is in it. Members are references, resolved like every other name.
 */
public record Group(Ref Identity, String Name, String DisplayName, String DistinguishedName, String WindowsEmailAddress,
                    String RecipientTypeDetails, List<Ref> Members) {

    public Group {
        Members = PartialList.fromMarked(Members);
        if (Identity == null) {
            Identity = Ref.of(DistinguishedName != null ? DistinguishedName : Name);
        }
    }

    public String key() {
        return Identity == null ? "" : Identity.getKey();
    }

    /** The names this group is known by, for the identity resolver. */
    public Recipient recipient() {
        return new Recipient(null, WindowsEmailAddress, null, DisplayName != null ? DisplayName : Name,
                Identity == null ? null : Identity.getRaw(), DistinguishedName);
    }

    /** True when {@code who} is a direct member. */
    public boolean hasMember(Ref who) {
        return Members != null && Members.stream().anyMatch(m -> m != null && m.sameAs(who));
    }

    /** True when the member list was collected in full, so a missing name really is not there. */
    public boolean membersKnown() {
        return Members != null && PartialList.isComplete(Members);
    }
}
