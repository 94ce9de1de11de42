package ted.read.exports;

import ted.facts.ExchangeBuild;

/**
 * ExSetup.exe's file version from one server ({@code (Get-Command ExSetup.exe).FileVersionInfo}, as HealthChecker
 * collects it), and the file it came from. Not a fact of its own: once everything is read it is folded into that
 * server's ExchangeServer.
 */
record ExSetupFile(String computerName, String fileVersion, String file) {

    ExSetupFile from(String source) {
        return new ExSetupFile(computerName, fileVersion, source);
    }

    ExchangeBuild build() {
        return ExchangeBuild.parse(fileVersion);
    }
}
