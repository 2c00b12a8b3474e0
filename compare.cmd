@echo off
rem ./compare for cmd and PowerShell on Windows: compare.cmd 01 02, compare.cmd threads jdk-virtual-threads.
rem The same command as ./compare, through the workshop's jar.
call "%~dp0workshop.cmd" compare %*
exit /b %ERRORLEVEL%
