package ted.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an organisation-sized export the way an admin's shell would: Get-Mailbox, Get-CASMailbox and every
 * mailbox's calendar permissions, plus the organisation config and the servers, in one of the three forms TED reads.
 * Objects carry the dozens of properties the real cmdlets print (most of which TED ignores), so file sizes and
 * parse times are those of a real org-wide dump, not of a toy.
 *
 * <p>The people: {@code userN@contoso.com}, display name {@code User N}, alias {@code userN}. Every mailbox with an
 * even number lets the next one edit its calendar and send on its behalf; user 42's mailbox has the Teams
 * allow-list problem the samples use, so a diagnosis of user 42 with delegate 43 has something to find. Two mailboxes
 * share the display name {@code Sam Lee}, as people do in a large organisation.
 *
 * <p>Usage: {@code OrgExportGenerator <mailboxes> <clixml|json|format-list> <folder>}
 */
public final class OrgExportGenerator {
    public enum Form { CLIXML, JSON, FORMAT_LIST, CSV }

    private static final String CRLF = "\r\n";
    private final int mailboxes;
    private final Form form;
    private final boolean faults;

    public OrgExportGenerator(int mailboxes, Form form) {
        this(mailboxes, form, false);
    }

    /** @param faults inject the faults of {@link Faults} at their known rates, and the Teams and auto-reply exports */
    public OrgExportGenerator(int mailboxes, Form form, boolean faults) {
        this.mailboxes = mailboxes;
        this.form = form;
        this.faults = faults;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || args.length == 4 && !args[3].equals("--faults")) {
            System.err.println("usage: OrgExportGenerator <mailboxes> <clixml|json|format-list|csv> <folder> [--faults]");
            System.exit(2);
        }
        Form form = Form.valueOf(args[1].toUpperCase(Locale.ROOT).replace('-', '_'));
        Path folder = Files.createDirectories(Path.of(args[2]));
        new OrgExportGenerator(Integer.parseInt(args[0]), form, args.length == 4).writeTo(folder);
    }

    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, "Get-Mailbox", this::mailbox, mailboxes);
        write(folder, "Get-CASMailbox", this::casMailbox, mailboxes);
        write(folder, "Get-MailboxFolderPermission", this::permission, mailboxes * 3);
        write(folder, "Get-OrganizationConfig", i -> organizationConfig(), 1);
        write(folder, "Get-ExchangeServer", this::server, 4);
        if (faults) {
            write(folder, "Get-CsOnlineUser", this::teamsUser, mailboxes);
            write(folder, "Get-MailboxAutoReplyConfiguration", this::autoReply, mailboxes);
            // Two app setup policies, the second without the Calendar app: small, nested, so always ConvertTo-Json.
            Files.writeString(folder.resolve("Get-CsTeamsAppSetupPolicy.json"), "[" + policy("Global", true) + "," + policy("NoCalendar", false) + "]");
            // Hidden, so that TED, which skips hidden files in a folder, does not take it for an export.
            Files.writeString(folder.resolve(".expected.json"), Faults.expectedJson(mailboxes));
        }
    }

    private static String policy(String name, boolean calendar) {
        List<String> apps = new ArrayList<>(List.of("14d6962d-6eeb-4f48-8890-de55454bb136", "86fcd49b-61a2-4701-b771-54728cd291fb",
                "2a84919f-59d8-4441-a975-2a8c2643b741"));
        if (calendar) {
            apps.add(Faults.CALENDAR_APP);
        }
        StringBuilder json = new StringBuilder("{\"Identity\": \"" + name + "\", \"PinnedAppBarApps\": [");
        for (int k = 0; k < apps.size(); k++) {
            json.append(k == 0 ? "" : ",").append("{\"Id\": \"").append(apps.get(k)).append("\", \"Order\": ").append(k + 1).append('}');
        }
        return json.append("]}").toString();
    }

    private Obj teamsUser(int i) {
        List<Prop> p = new ArrayList<>();
        p.add(new Prop("UserPrincipalName", "user" + i + "@contoso.com"));
        p.add(new Prop("TeamsUpgradeEffectiveMode", Faults.coexistence(i) ? "SfBWithTeamsCollab" : "TeamsOnly"));
        p.add(new Prop("TeamsUpgradePolicy", null));
        p.add(new Prop("TeamsAppSetupPolicy", Faults.noCalendarApp(i) ? "NoCalendar" : null));
        return new Obj(List.of("Deserialized.Microsoft.Teams.ConfigAPI.Cmdlets.Generated.Models.User", "System.Object"), p);
    }

    private Obj autoReply(int i) {
        List<Prop> p = new ArrayList<>();
        p.add(new Prop("AutoReplyState", Faults.autoReplyOn(i) ? new Enum("Enabled", 1) : new Enum("Disabled", 0)));
        p.add(new Prop("StartTime", "2026-11-01T08:00:00"));
        p.add(new Prop("EndTime", "2026-11-02T08:00:00"));
        p.add(new Prop("Identity", id(i)));
        return new Obj(List.of("Microsoft.Exchange.InfoWorker.Common.OOF.MailboxAutoReplyConfiguration", "System.Object"), p);
    }

    /** One exported object: its .NET type names and its properties in the order the cmdlet prints them. */
    record Obj(List<String> types, List<Prop> props) {
    }

    /** A property; {@code value} is a String, Boolean, Long, a List of Strings, or an {@link Id} (an ADObjectId). */
    record Prop(String name, Object value) {
    }

    /** An enum: ConvertTo-Json writes its number, the other forms its name. */
    record Enum(String name, long number) {
    }

    /** An Active Directory object id: printed as its canonical name, serialised with its DN. */
    record Id(String canonical, String dn) {
    }

    private interface Source {
        Obj object(int i);
    }

    /** Mailboxes 7 and 8 share a display name, except in a fault-injected export, whose counts must be exact. */
    String display(int i) {
        return !faults && (i == 7 || i == 8) ? "Sam Lee" : "User " + i;
    }

    Id id(int i) {
        return new Id("contoso.com/Users/" + display(i) + (i == 8 ? " (2)" : ""), "CN=" + display(i) + (i == 8 ? " (2)" : "")
                + ",CN=Users,DC=contoso,DC=com");
    }

    private Obj mailbox(int i) {
        List<Prop> p = new ArrayList<>();
        String upn = "user" + i + "@contoso.com";
        p.add(new Prop("Database", "DB" + (i % 20 + 1)));
        p.add(new Prop("UseDatabaseQuotaDefaults", true));
        p.add(new Prop("ProhibitSendQuota", "Unlimited"));
        p.add(new Prop("ProhibitSendReceiveQuota", "Unlimited"));
        p.add(new Prop("IssueWarningQuota", "Unlimited"));
        p.add(new Prop("RetainDeletedItemsFor", "14.00:00:00"));
        p.add(new Prop("LitigationHoldEnabled", false));
        p.add(new Prop("RetentionPolicy", "Default MRM Policy"));
        p.add(new Prop("ExchangeGuid", uuid(i, 1)));
        p.add(new Prop("ArchiveStatus", "None"));
        p.add(new Prop("ServerName", "ex0" + (i % 4 + 1)));
        p.add(new Prop("HiddenFromAddressListsEnabled", false));
        p.add(new Prop("GrantSendOnBehalfTo", i % 2 == 0 && i + 1 < mailboxes && !(faults && Faults.noSendOnBehalf(i))
                ? List.of(id(i + 1).canonical()) : List.of()));
        p.add(new Prop("MaxSendSize", "Unlimited"));
        p.add(new Prop("MaxReceiveSize", "Unlimited"));
        p.add(new Prop("SamAccountName", "user" + i));
        p.add(new Prop("UserPrincipalName", upn));
        p.add(new Prop("Alias", "user" + i));
        p.add(new Prop("OrganizationalUnit", "contoso.com/Users"));
        for (int c = 1; c <= 15; c++) {
            p.add(new Prop("CustomAttribute" + c, ""));
        }
        p.add(new Prop("DisplayName", display(i)));
        p.add(new Prop("EmailAddresses", List.of("SMTP:" + upn, "smtp:user" + i + "@contoso.mail.onmicrosoft.com",
                "X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + uuid(i, 2))));
        p.add(new Prop("LegacyExchangeDN", "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + uuid(i, 3)));
        p.add(new Prop("PrimarySmtpAddress", upn));
        p.add(new Prop("RecipientType", "UserMailbox"));
        p.add(new Prop("RecipientTypeDetails", new Enum("UserMailbox", 1)));
        p.add(new Prop("Identity", id(i)));
        p.add(new Prop("IsValid", true));
        p.add(new Prop("ExchangeVersion", "0.20 (15.0.0.0)"));
        p.add(new Prop("Name", display(i)));
        p.add(new Prop("DistinguishedName", id(i).dn()));
        p.add(new Prop("Guid", uuid(i, 4)));
        p.add(new Prop("WhenChanged", "2026-11-20T09:14:03+00:00"));
        p.add(new Prop("WhenCreated", "2019-03-02T11:40:51+00:00"));
        return new Obj(List.of("Microsoft.Exchange.Data.Directory.Management.Mailbox",
                "Microsoft.Exchange.Data.Directory.Management.MailEnabledOrgPerson", "System.Object"), p);
    }

    private Obj casMailbox(int i) {
        boolean teamsProblem = !faults && i == 42;
        List<Prop> p = new ArrayList<>();
        p.add(new Prop("EmailAddresses", List.of("SMTP:user" + i + "@contoso.com")));
        p.add(new Prop("ActiveSyncEnabled", true));
        p.add(new Prop("OWAEnabled", true));
        p.add(new Prop("OWAforDevicesEnabled", true));
        p.add(new Prop("EwsEnabled", !(faults && Faults.ewsOff(i))));
        p.add(new Prop("EwsAllowOutlook", null));
        p.add(new Prop("EwsAllowMacOutlook", null));
        p.add(new Prop("EwsAllowEntourage", null));
        List<String> allow = teamsProblem ? List.of("Outlook/*", "*SchedulingService") : faults ? Faults.allowList(i) : null;
        p.add(new Prop("EwsApplicationAccessPolicy", allow != null ? new Enum("EnforceAllowList", 0) : null));
        p.add(new Prop("EwsAllowList", allow));
        p.add(new Prop("EwsBlockList", null));
        p.add(new Prop("ImapEnabled", false));
        p.add(new Prop("PopEnabled", false));
        p.add(new Prop("MAPIEnabled", true));
        p.add(new Prop("PrimarySmtpAddress", "user" + i + "@contoso.com"));
        p.add(new Prop("SamAccountName", "user" + i));
        p.add(new Prop("ServerLegacyDN", "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EX0"
                + (i % 4 + 1)));
        p.add(new Prop("DisplayName", display(i)));
        p.add(new Prop("Identity", id(i)));
        p.add(new Prop("Name", display(i)));
        p.add(new Prop("DistinguishedName", id(i).dn()));
        p.add(new Prop("Guid", uuid(i, 4)));
        return new Obj(List.of("Microsoft.Exchange.Data.Directory.Management.CASMailbox", "System.Object"), p);
    }

    /** Three entries per calendar: Default, Anonymous and, for even-numbered mailboxes, the next user as Editor. */
    private Obj permission(int n) {
        int i = n / 3;
        int entry = n % 3;
        String user = entry == 0 ? "Default" : entry == 1 ? "Anonymous" : i % 2 == 0 && i + 1 < mailboxes ? display(i + 1) : "Default";
        boolean delegate = entry == 2 && !user.equals("Default");
        String rights = entry == 0 ? "AvailabilityOnly" : entry == 1 ? "None" : !delegate ? "AvailabilityOnly"
                : faults && Faults.reviewerDelegate(i) ? "Reviewer" : "Editor";
        List<Prop> p = new ArrayList<>();
        p.add(new Prop("FolderName", "Calendar"));
        p.add(new Prop("User", user));
        p.add(new Prop("AccessRights", List.of(rights)));
        p.add(new Prop("SharingPermissionFlags", faults && delegate ? new Enum("Delegate", 1) : null));
        p.add(new Prop("Identity", new Id(id(i).canonical() + ":\\Calendar", id(i).dn())));
        p.add(new Prop("IsValid", true));
        return new Obj(List.of("Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission", "System.Object"), p);
    }

    private Obj organizationConfig() {
        List<Prop> p = new ArrayList<>();
        p.add(new Prop("Name", "Contoso"));
        p.add(new Prop("MailTipsAllTipsEnabled", true));
        p.add(new Prop("EwsEnabled", null));
        p.add(new Prop("EwsApplicationAccessPolicy", faults ? new Enum("EnforceBlockList", 1) : null));
        p.add(new Prop("EwsAllowList", null));
        p.add(new Prop("EwsBlockList", faults ? Faults.ORG_BLOCK_LIST : null));
        p.add(new Prop("EwsAllowOutlook", null));
        p.add(new Prop("EwsAllowMacOutlook", null));
        p.add(new Prop("EwsAllowEntourage", null));
        return new Obj(List.of("Microsoft.Exchange.Data.Directory.Management.OrganizationConfig", "System.Object"), p);
    }

    private Obj server(int i) {
        List<Prop> p = new ArrayList<>();
        p.add(new Prop("Name", "EX0" + (i + 1)));
        p.add(new Prop("Fqdn", "ex0" + (i + 1) + ".contoso.com"));
        p.add(new Prop("ServerRole", "Mailbox"));
        p.add(new Prop("Site", "contoso.com/Configuration/Sites/Default-First-Site-Name"));
        // With faults, EX04 is still on Exchange 2016 RTM, below the Calendar app's 2016 CU3.
        p.add(new Prop("AdminDisplayVersion", faults && i == 3 ? "Version 15.1 (Build 225.42)" : "Version 15.2 (Build 1544.4)"));
        return new Obj(List.of("Microsoft.Exchange.Data.Directory.Management.ExchangeServer", "System.Object"), p);
    }

    static String uuid(int i, int salt) {
        return String.format(Locale.ROOT, "%08x-%04x-4%03x-8%03x-%012x", i, salt, i % 4096, salt, (long) i * 7919L + salt);
    }

    private void write(Path folder, String cmdlet, Source source, int count) throws IOException {
        String ext = switch (form) {
            case CLIXML -> ".xml";
            case JSON -> ".json";
            case FORMAT_LIST -> ".txt";
            case CSV -> ".csv";
        };
        // Export-Clixml files here are UTF-8 with a BOM (as the HealthChecker captures); Windows PowerShell 5.1 writes
        // ConvertTo-Json and Format-List through Out-File, which is UTF-16LE with a BOM.
        // Export-Csv -Encoding UTF8, as collect-script --org runs it, is UTF-8 with a BOM too.
        Charset charset = form == Form.CLIXML || form == Form.CSV ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE;
        try (OutputStream raw = Files.newOutputStream(folder.resolve(cmdlet + ext));
             Writer out = new BufferedWriter(new OutputStreamWriter(raw, charset), 1 << 16)) {
            out.write('\uFEFF');
            switch (form) {
                case CLIXML -> clixml(out, source, count);
                case JSON -> json(out, source, count);
                case FORMAT_LIST -> formatList(out, source, count);
                case CSV -> csv(out, source, count);
            }
        }
    }

    /** Export-Csv -NoTypeInformation as collect-script --org writes it: every field quoted, lists joined with ';'. */
    private static void csv(Writer out, Source source, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Obj o = source.object(i);
            if (i == 0) {
                out.write(String.join(",", o.props().stream().map(p -> csvField(p.name())).toList()) + CRLF);
            }
            out.write(String.join(",", o.props().stream().map(p -> csvField(csvText(p.value()))).toList()) + CRLF);
        }
    }

    private static String csvText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> items) {
            return String.join(";", items.stream().map(String::valueOf).toList());
        }
        return text(v);
    }

    private static String csvField(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void formatList(Writer out, Source source, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Obj o = source.object(i);
            int width = o.props().stream().mapToInt(p -> p.name().length()).max().orElse(0);
            out.write(CRLF);
            for (Prop p : o.props()) {
                out.write(p.name() + " ".repeat(width - p.name().length()) + " : " + text(p.value()) + CRLF);
            }
        }
        out.write(CRLF + CRLF);
    }

    /** Format-List's text for a value: lists in braces, cut after four items with "..." as the shell does. */
    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Id id) {
            return id.canonical();
        }
        if (v instanceof List<?> items) {
            List<String> shown = items.stream().limit(4).map(String::valueOf).toList();
            return "{" + String.join(", ", shown) + (items.size() > 4 ? "..." : "") + "}";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return v instanceof Enum e ? e.name() : v.toString();
    }

    /** ConvertTo-Json as Windows PowerShell 5.1 writes it: four-space indents and two spaces after each colon. */
    private static void json(Writer out, Source source, int count) throws IOException {
        out.write("[" + CRLF);
        for (int i = 0; i < count; i++) {
            Obj o = source.object(i);
            out.write("    {" + CRLF);
            for (int k = 0; k < o.props().size(); k++) {
                Prop p = o.props().get(k);
                out.write("        " + quote(p.name()) + ":  " + jsonValue(p.value()) + (k + 1 < o.props().size() ? "," : "") + CRLF);
            }
            out.write("    }" + (i + 1 < count ? "," : "") + CRLF);
        }
        out.write("]" + CRLF);
    }

    private static String jsonValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Id id) {
            return quote(id.canonical());
        }
        if (v instanceof List<?> items) {
            return items.isEmpty() ? "[" + CRLF + CRLF + "                    ]"
                    : "[" + String.join(",", items.stream().map(x -> CRLF + "                    " + quote(String.valueOf(x))).toList())
                    + CRLF + "                    ]";
        }
        if (v instanceof Enum e) {
            return Long.toString(e.number());
        }
        if (v instanceof Boolean || v instanceof Long) {
            return v.toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Export-Clixml: a type-name list per type (referenced again by TNRef), ADObjectIds as nested objects. */
    private static void clixml(Writer out, Source source, int count) throws IOException {
        out.write("<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">" + CRLF);
        int[] refId = {0};
        java.util.Map<String, Integer> typeRefs = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            Obj o = source.object(i);
            out.write("  <Obj RefId=\"" + refId[0]++ + "\">" + CRLF);
            out.write(typeNames(o.types(), typeRefs, "    "));
            out.write("    <Props>" + CRLF);
            for (Prop p : o.props()) {
                out.write(clixmlValue(p, typeRefs, refId));
            }
            out.write("    </Props>" + CRLF + "  </Obj>" + CRLF);
        }
        out.write("</Objs>");
    }

    private static String typeNames(List<String> types, java.util.Map<String, Integer> refs, String indent) {
        String key = String.join("|", types);
        Integer known = refs.get(key);
        if (known != null) {
            return indent + "<TNRef RefId=\"" + known + "\" />" + CRLF;
        }
        int ref = refs.size();
        refs.put(key, ref);
        StringBuilder s = new StringBuilder(indent + "<TN RefId=\"" + ref + "\">" + CRLF);
        types.forEach(t -> s.append(indent).append("  <T>").append(xml(t)).append("</T>").append(CRLF));
        return s.append(indent).append("</TN>").append(CRLF).toString();
    }

    private static String clixmlValue(Prop p, java.util.Map<String, Integer> typeRefs, int[] refId) {
        String n = " N=\"" + xml(p.name()) + "\"";
        Object v = p.value();
        String in = "      ";
        if (v == null) {
            return in + "<Nil" + n + " />" + CRLF;
        }
        if (v instanceof Boolean b) {
            return in + "<B" + n + ">" + b + "</B>" + CRLF;
        }
        if (v instanceof Id id) {
            return in + "<Obj" + n + " RefId=\"" + refId[0]++ + "\">" + CRLF
                    + typeNames(List.of("Microsoft.Exchange.Data.Directory.ADObjectId", "Microsoft.Exchange.Data.ObjectId", "System.Object"),
                    typeRefs, in + "  ")
                    + in + "  <ToString>" + xml(id.canonical()) + "</ToString>" + CRLF
                    + in + "  <Props>" + CRLF
                    + in + "    <S N=\"DistinguishedName\">" + xml(id.dn()) + "</S>" + CRLF
                    + in + "    <S N=\"Name\">" + xml(id.canonical().substring(id.canonical().lastIndexOf('/') + 1)) + "</S>" + CRLF
                    + in + "  </Props>" + CRLF + in + "</Obj>" + CRLF;
        }
        if (v instanceof List<?> items) {
            StringBuilder s = new StringBuilder(in + "<Obj" + n + " RefId=\"" + refId[0]++ + "\">" + CRLF);
            s.append(typeNames(List.of("Microsoft.Exchange.Data.MultiValuedProperty`1[[System.String]]",
                    "Microsoft.Exchange.Data.MultiValuedPropertyBase", "System.Object"), typeRefs, in + "  "));
            s.append(in).append("  <LST>").append(CRLF);
            items.forEach(x -> s.append(in).append("    <S>").append(xml(String.valueOf(x))).append("</S>").append(CRLF));
            return s.append(in).append("  </LST>").append(CRLF).append(in).append("</Obj>").append(CRLF).toString();
        }
        if (v instanceof Enum e) {
            return in + "<Obj" + n + " RefId=\"" + refId[0]++ + "\">" + CRLF + typeNames(List.of("Microsoft.Exchange.Data.Directory.Recipient."
                    + p.name(), "System.Enum", "System.ValueType", "System.Object"), typeRefs, in + "  ") + in + "  <ToString>" + e.name()
                    + "</ToString>" + CRLF + in + "  <I32>" + e.number() + "</I32>" + CRLF + in + "</Obj>" + CRLF;
        }
        return in + "<S" + n + ">" + xml(v.toString()) + "</S>" + CRLF;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
