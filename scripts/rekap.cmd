@echo off
rem Menjalankan Rekap Kinerja dari folder kerja (folder yang berisi config\), meneruskan semua argumen,
rem dan mengembalikan kode keluar program (0 berhasil, 1-4 lihat README) kepada Task Scheduler.
rem   scripts\rekap.cmd                               triwulan terakhir yang sudah berakhir
rem   scripts\rekap.cmd tahun=2026 triwulan=3
rem   scripts\rekap.cmd --rekap.jadwal.aktif=true     mode terjadwal: tetap berjalan
rem Folder kerja: REKAP_HOME, atau folder skrip ini bila berisi config\, atau folder induknya.
rem Jar: REKAP_JAR, atau rekap-kinerja.jar di folder kerja, atau target\rekap-kinerja.jar.
rem Java: JAVA_HOME\bin\java.exe bila JAVA_HOME diisi, selain itu java dari PATH. Opsi JVM: REKAP_JAVA_OPTS
rem (bawaan: memori 512 MB, cukup untuk PC kantor 4 GB; hanya kompilator cepat C1 karena prosesnya singkat:
rem kompilator C2 memakan lebih banyak waktu prosesor daripada yang dihematnya).
rem Tanpa blok ( ) sengaja: nama folder seperti "Program Files (x86)" memutus blok di cmd.
setlocal
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
if defined REKAP_HOME goto :home_known
set "REKAP_HOME=%HERE%"
if exist "%HERE%\config\" goto :home_known
for %%I in ("%HERE%\..") do set "REKAP_HOME=%%~fI"
:home_known
if not exist "%REKAP_HOME%\config\" goto :no_config
if defined REKAP_JAR goto :jar_known
set "REKAP_JAR=%REKAP_HOME%\target\rekap-kinerja.jar"
if exist "%REKAP_HOME%\rekap-kinerja.jar" set "REKAP_JAR=%REKAP_HOME%\rekap-kinerja.jar"
:jar_known
if not exist "%REKAP_JAR%" goto :no_jar
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
rem Log dan pesan ditulis dalam UTF-8.
chcp 65001 >nul
cd /d "%REKAP_HOME%" || exit /b 2
if not defined REKAP_JAVA_OPTS set "REKAP_JAVA_OPTS=-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
"%JAVA_EXE%" %REKAP_JAVA_OPTS% -jar "%REKAP_JAR%" %*
exit /b %ERRORLEVEL%

:no_config
echo GAGAL: folder config\ tidak ditemukan di "%REKAP_HOME%". Isi REKAP_HOME dengan folder kerja Rekap Kinerja. 1>&2
exit /b 2

:no_jar
echo GAGAL: rekap-kinerja.jar tidak ditemukan di "%REKAP_HOME%". Buat dengan: mvn -B -q package -DskipTests, atau isi REKAP_JAR. 1>&2
exit /b 2
