package ted.cli;

/** Lets tests outside ted.cli build the fact reference exactly as {@code ted rules docs --facts} does. */
public final class RulesDocsCommandAccess {
    private RulesDocsCommandAccess() {
    }

    public static String factReference() {
        return ted.read.FactReference.markdown(RulesDocsCommand.importedTypes(ted.TestRules.builtIn()));
    }
}
