package ted.report;

/** Colour for a terminal, nothing anywhere else. */
public final class Ansi {
    private final boolean enabled;

    public Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    /** On when writing to a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb. */
    public static boolean auto() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }

    public String red(String s) {
        return wrap("31;1", s);
    }

    public String yellow(String s) {
        return wrap("33;1", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    private String wrap(String code, String s) {
        return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
