@echo off
rem TED launcher for Windows: finds Java 17 or newer, starts TED tuned for a short-lived CLI, and passes the
rem arguments and the exit code through.  JAVA_HOME selects the Java; TED_JAVA_OPTS adds JVM options.
setlocal
set "APP_HOME=%~dp0.."

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java.exe"
)
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo ted: Java 17 or newer is needed and none was found: install a JDK or JRE 17+ ^(e.g. winget install Microsoft.OpenJDK.17^) or set JAVA_HOME 1>&2
  exit /b 2
)

rem The third word of the first line of "java -version" is the version in quotes, e.g. "17.0.15" or "1.8.0_402".
set "JVERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined JVERSION set "JVERSION=%%~v"
set "JMAJOR="
for /f "delims=." %%m in ("%JVERSION%") do set "JMAJOR=%%m"
if "%JMAJOR%"=="1" for /f "tokens=2 delims=." %%m in ("%JVERSION%") do set "JMAJOR=%%m"
if not defined JMAJOR set "JMAJOR=0"
if %JMAJOR% LSS 17 (
  echo ted: Java 17 or newer is needed, but "%JAVA%" is version %JVERSION%: install Java 17+ or set JAVA_HOME to one 1>&2
  exit /b 2
)

rem A scan's garbage dies within each batch of subjects: a larger young generation lets it (see bin/ted).
set "HEAP=-Xms24m -Xmn16m"
if /i "%~1"=="scan" set "HEAP=-Xms288m -Xmn256m"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %HEAP% -Xshare:auto %TED_JAVA_OPTS% -jar "%APP_HOME%\lib\ted.jar" %*
exit /b %ERRORLEVEL%
