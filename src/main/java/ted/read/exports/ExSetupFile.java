package ted.read.exports;

/**
 * ExSetup.exe's file version from one server ({@code (Get-Command ExSetup.exe).FileVersionInfo}, as HealthChecker
 * collects it). Not a fact of its own: once everything is read it is folded into that server's ExchangeServer.
 */
record ExSetupFile(String computerName, String fileVersion) {
}
