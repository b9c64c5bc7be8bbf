@echo off
rem Menjalankan Rekap Kinerja dari folder kerja (folder yang berisi config\), meneruskan semua argumen,
rem dan mengembalikan kode keluar program (0 berhasil, 1-4 lihat README) kepada Task Scheduler.
rem Sama dengan scripts/rekap.sh di Linux (LauncherParityTest memeriksa keduanya).
rem   scripts\rekap.cmd                               triwulan terakhir yang sudah berakhir
rem   scripts\rekap.cmd tahun=2026 triwulan=3
rem   scripts\rekap.cmd --rekap.jadwal.aktif=true     mode terjadwal: tetap berjalan
rem Folder kerja: REKAP_HOME, atau folder skrip ini bila berisi config\, atau folder induknya.
rem Jar: REKAP_JAR, atau rekap-kinerja.jar di folder kerja, atau target\rekap-kinerja.jar.
rem Java: JAVA_HOME\bin\java.exe bila JAVA_HOME diisi, selain itu java dari PATH. Opsi JVM: REKAP_JAVA_OPTS, atau
rem bawaannya di opsi-java.txt di sebelah skrip ini (memori 512 MB), yang juga dibaca scripts/rekap.sh di Linux.
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
set "OPTIONS=%HERE%\opsi-java.txt"
set "JAVA_OPTIONS=%REKAP_JAVA_OPTS%"
if not defined REKAP_JAVA_OPTS set JAVA_OPTIONS="@%OPTIONS%"
if not defined REKAP_JAVA_OPTS if not exist "%OPTIONS%" goto :no_options
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
rem Log dan pesan ditulis dalam UTF-8.
chcp 65001 >nul
cd /d "%REKAP_HOME%" || exit /b 2

rem Mulai cepat: jar dibuka sekali di sebelahnya (kelas dimuat dari jar biasa, bukan jar di dalam jar) dan arsip
rem kelas (class data sharing) untuk Java ini ditulis oleh proses pertama lalu dipakai proses berikutnya.
rem REKAP_CEPAT=0 mematikannya. Jar yang berubah (ukuran atau waktu simpan lain) dibuka ulang.
set "RUN_JAR=%REKAP_JAR%"
set "SHARE="
if "%REKAP_CEPAT%"=="0" goto :run
for %%J in ("%REKAP_JAR%") do set "UNPACKED=%%~dpnJ"
for %%J in ("%REKAP_JAR%") do set "JAR_NAME=%%~nxJ"
for %%J in ("%REKAP_JAR%") do set "JAR_STAMP=%%~zJ %%~tJ"
set "UNPACKED_STAMP="
if exist "%UNPACKED%\asal-jar.txt" set /p UNPACKED_STAMP=<"%UNPACKED%\asal-jar.txt"
if not exist "%UNPACKED%\%JAR_NAME%" goto :unpack
if "%UNPACKED_STAMP%"=="%JAR_STAMP%" goto :unpacked
:unpack
if exist "%UNPACKED%.baru" rmdir /s /q "%UNPACKED%.baru"
"%JAVA_EXE%" -Djarmode=tools -jar "%REKAP_JAR%" extract --destination "%UNPACKED%.baru" >nul 2>&1 || goto :run
>"%UNPACKED%.baru\asal-jar.txt" echo %JAR_STAMP%
if exist "%UNPACKED%" rmdir /s /q "%UNPACKED%"
move "%UNPACKED%.baru" "%UNPACKED%" >nul || goto :run
:unpacked
if not exist "%UNPACKED%\%JAR_NAME%" goto :run
set "RUN_JAR=%UNPACKED%\%JAR_NAME%"
rem Arsip kelas per versi Java (baris pertama "java -version"), sehingga Java yang diperbarui menulis arsip baru.
"%JAVA_EXE%" -version 2>"%UNPACKED%\versi-java.txt"
set "VERSION=lain"
set /p VERSION=<"%UNPACKED%\versi-java.txt"
set VERSION=%VERSION:"=_%
set "VERSION=%VERSION: =_%"
set "ARCHIVE=%UNPACKED%\kelas-%VERSION%.jsa"
rem Arsip dipetakan di alamat yang dicatatnya (ArchiveRelocationMode=0), dipindahkan hanya bila alamat itu terpakai.
set "RELOCATION=-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
set SHARE="-XX:ArchiveClassesAtExit=%ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off %RELOCATION%
if exist "%ARCHIVE%" set SHARE="-XX:SharedArchiveFile=%ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off %RELOCATION%
:run
"%JAVA_EXE%" %JAVA_OPTIONS% %SHARE% -jar "%RUN_JAR%" %*
exit /b %ERRORLEVEL%

:no_config
echo GAGAL: folder config\ tidak ditemukan di "%REKAP_HOME%". Isi REKAP_HOME dengan folder kerja Rekap Kinerja. 1>&2
exit /b 2

:no_jar
echo GAGAL: rekap-kinerja.jar tidak ditemukan di "%REKAP_HOME%". Buat dengan: mvn -B -q package -DskipTests, atau isi REKAP_JAR. 1>&2
exit /b 2

:no_options
echo GAGAL: opsi-java.txt tidak ditemukan di "%HERE%" (berkas itu menyertai rekap.cmd). Salin dari paket Rekap Kinerja, atau isi REKAP_JAVA_OPTS. 1>&2
exit /b 2
