package ted.engine;

/** The knowledge base is broken: a DRL file does not compile or a rule lacks what every rule must carry. */
public class RuleDefinitionException extends RuntimeException {
    public RuleDefinitionException(String message) {
        super(message);
    }
}
