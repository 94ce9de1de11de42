package ted.read;

/** One thing wrong with one input file, already phrased for a one-line message: {@code file[:line]: text}. */
public record InputProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
