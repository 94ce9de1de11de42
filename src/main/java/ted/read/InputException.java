package ted.read;

/** Carries one input problem out of the code that found it. */
final class InputException extends RuntimeException {
    private final transient InputProblem problem;

    InputException(InputProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    InputProblem problem() {
        return problem;
    }
}
