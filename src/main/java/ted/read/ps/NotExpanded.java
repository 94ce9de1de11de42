package ted.read.ps;

/**
 * A multi-valued property that a plain Export-Csv wrote as its .NET type name
 * ({@code System.Collections.Generic.List`1[System.String]}) instead of its values: the values are lost, so the
 * property is unknown, and the note says how to export it so they survive.
 */
public record NotExpanded(String typeName) {
    public String remedy(String property) {
        return "export it with @{n='" + property + "';e={$_." + property + " -join ';'}} in Select-Object";
    }
}
