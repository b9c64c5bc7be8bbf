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
rem Halaman memori besar untuk heap Java (REKAP_HALAMAN_BESAR di rekap.sh) hanya dipakai di Linux: di Windows
rem Java memerlukan hak khusus "Lock pages in memory" untuk itu, yang tidak dimiliki PC kantor biasa.
rem Log dan pesan ditulis dalam UTF-8.
chcp 65001 >nul
cd /d "%REKAP_HOME%" || exit /b 2

rem Mulai cepat: jar dibuka sekali di sebelahnya (kelas dimuat dari jar biasa, bukan jar di dalam jar) dan arsip
rem kelas (class data sharing) untuk Java ini dipakai setiap proses. Proses pertama dengan Java ini mencatat kelas yang
rem dimuatnya; setelah proses itu berhasil, Java kedua yang singkat menulis arsip dari catatan itu. REKAP_CEPAT=0
rem mematikannya. Jar yang berubah (ukuran atau waktu simpan lain) dibuka ulang.
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
rem Arsip per versi Java: dibaca dari berkas release di sebelah bin\ Java itu (JAVA_RUNTIME_VERSION) tanpa
rem menjalankan Java sekali lagi, atau bila tidak ada dari baris pertama "java -version". Tanda selain huruf, angka,
rem titik dan minus menjadi _, seperti di rekap.sh: 17.0.15+6-LTS menjadi kelas-17.0.15_6-LTS.jsa.
set "JAVA_FOUND=%JAVA_EXE%"
if not defined JAVA_HOME for %%J in (java.exe) do set "JAVA_FOUND=%%~$PATH:J"
set "RELEASE="
if defined JAVA_FOUND for %%J in ("%JAVA_FOUND%") do set "RELEASE=%%~dpJ..\release"
set "VERSION="
if defined RELEASE if exist "%RELEASE%" for /f "usebackq tokens=1,* delims==" %%A in ("%RELEASE%") do if "%%A"=="JAVA_RUNTIME_VERSION" set "VERSION=%%~B"
if defined VERSION goto :version_known
"%JAVA_EXE%" -version 2>"%UNPACKED%\versi-java.txt"
set "VERSION=lain"
set /p VERSION=<"%UNPACKED%\versi-java.txt"
:version_known
set VERSION=%VERSION:"=_%
set "VERSION=%VERSION: =_%"
set "VERSION=%VERSION:+=_%"
set "ARCHIVE=%UNPACKED%\kelas-%VERSION%.jsa"
rem Arsip mencatat jalur jar; di folder yang dipindah Java menolaknya (dan arsip bawaan Java juga), jadi arsip
rem hanya dipakai untuk jalur yang tercatat di sebelahnya, selain itu ditulis ulang.
set "MADE_FOR="
if exist "%ARCHIVE%.jalur" set /p MADE_FOR=<"%ARCHIVE%.jalur"
rem Arsip dipetakan di alamat yang dicatatnya (ArchiveRelocationMode=0), dipindahkan hanya bila alamat itu terpakai.
rem Arsip yang rusak atau tidak cocok dilewati Java (-Xshare:auto, bawaannya) tanpa pesan; proses tetap berjalan.
set "RELOCATION=-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
rem Java yang menulis arsip hanya memuat kelas dari catatan, tanpa menjalankan rekap: 128 MB heap cukup.
set "DUMP_OPTIONS=-Xmx128m -Xshare:dump"
if not exist "%ARCHIVE%" goto :first_run
if not "%MADE_FOR%"=="%RUN_JAR%" goto :first_run
set SHARE="-XX:SharedArchiveFile=%ARCHIVE%" -Xlog:cds=off %RELOCATION%
:run
"%JAVA_EXE%" %JAVA_OPTIONS% %SHARE% -jar "%RUN_JAR%" %*
exit /b %ERRORLEVEL%

rem Proses pertama dengan Java ini. Arsip ditulis oleh proses terpisah sesudah rekap, bukan oleh proses rekap saat
rem keluar (-XX:ArchiveClassesAtExit menambah ~240 MB di atas memori rekap): memori keduanya tidak pernah dijumlahkan.
rem Catatan yang tertinggal dari proses yang dihentikan dihapus dulu (catatan yang sedang ditulis terkunci, tetap ada).
:first_run
del /q "%UNPACKED%\kelas-*.lst" >nul 2>&1
set "TAG=%RANDOM%%RANDOM%"
set "CLASS_LIST=%UNPACKED%\kelas-%VERSION%.%TAG%.lst"
"%JAVA_EXE%" %JAVA_OPTIONS% "-XX:DumpLoadedClassList=%CLASS_LIST%" -jar "%RUN_JAR%" %*
set "CODE=%ERRORLEVEL%"
if not "%CODE%"=="0" goto :first_done
set "LIST_SIZE=0"
if exist "%CLASS_LIST%" for %%L in ("%CLASS_LIST%") do set "LIST_SIZE=%%~zL"
if "%LIST_SIZE%"=="0" goto :first_done
echo Menulis arsip kelas Java agar proses berikutnya mulai lebih cepat (sekali untuk Java ini, biasanya kurang dari satu menit)...
"%JAVA_EXE%" %DUMP_OPTIONS% "-XX:SharedClassListFile=%CLASS_LIST%" "-XX:SharedArchiveFile=%ARCHIVE%.%TAG%" -cp "%RUN_JAR%" >nul 2>&1 || goto :dump_failed
>"%ARCHIVE%.jalur" echo %RUN_JAR%
move /y "%ARCHIVE%.%TAG%" "%ARCHIVE%" >nul || goto :dump_failed
echo Arsip kelas Java selesai ditulis.
goto :first_done
:dump_failed
echo Arsip kelas Java tidak dapat ditulis (rekap tetap berhasil); proses berikutnya mencobanya lagi.
if exist "%ARCHIVE%.%TAG%" del /q "%ARCHIVE%.%TAG%"
:first_done
if exist "%CLASS_LIST%" del /q "%CLASS_LIST%"
exit /b %CODE%

:no_config
echo GAGAL: folder config\ tidak ditemukan di "%REKAP_HOME%". Isi REKAP_HOME dengan folder kerja Rekap Kinerja. 1>&2
exit /b 2

:no_jar
echo GAGAL: rekap-kinerja.jar tidak ditemukan di "%REKAP_HOME%". Buat dengan: mvn -B -q package -DskipTests, atau isi REKAP_JAR. 1>&2
exit /b 2

:no_options
echo GAGAL: opsi-java.txt tidak ditemukan di "%HERE%" (berkas itu menyertai rekap.cmd). Salin dari paket Rekap Kinerja, atau isi REKAP_JAVA_OPTS. 1>&2
exit /b 2
