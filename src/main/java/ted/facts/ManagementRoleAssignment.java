package ted.facts;

/**
 * One row of {@code Get-ManagementRoleAssignment -RoleAssignee <account> | Format-List Name,Role,RoleAssignee,Enabled}.
 * Rules match on {@code Role}: {@code Name} is cut at 64 characters.
 */
public record ManagementRoleAssignment(String Name, String Role, Ref RoleAssignee, Boolean Enabled) {

    public boolean isActive() {
        return !Boolean.FALSE.equals(Enabled);
    }
}
