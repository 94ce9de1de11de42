package ted.read.exports;

/**
 * A cmdlet the collect script ran that failed (CollectionErrors.json): not a fact for the rules, but something the
 * admin must hear, since the checks that needed its output can only say it is missing.
 */
record CollectionError(String cmdlet, String error, String file) {

    CollectionError from(String source) {
        return new CollectionError(cmdlet, error, source);
    }
}
