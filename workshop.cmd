@echo off
rem The workshop, for cmd and PowerShell on Windows: the same commands as ./workshop, through the same jar.
rem   workshop.cmd new ..\my-workshop      then, in it: workshop.cmd check 02, workshop.cmd hint 02.1
rem The first call builds the tool (workshop-tool\target\workshop.jar) with Maven.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\workshop-tool\target\workshop.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%JAR%" (
  echo workshop: building the tool first: workshop-tool\target\workshop.jar 1>&2
  call "%ROOT%\mvnw.cmd" -q -f "%ROOT%\pom.xml" -pl workshop-tool -am package -DskipTests 1>&2
  if errorlevel 1 exit /b 1
)
"%JAVA%" "-Dworkshop.root=%ROOT%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
