@echo off
rem Menjalankan Rekap Kinerja dari folder kerja (folder yang berisi config\), meneruskan semua argumen,
rem dan mengembalikan kode keluar program (0 berhasil, 1-4 lihat README) kepada Task Scheduler.
rem Sama dengan scripts/rekap.sh di Linux (LauncherParityTest memeriksa keduanya).
rem   scripts\rekap.cmd                               triwulan terakhir yang sudah berakhir
rem   scripts\rekap.cmd tahun=2026 triwulan=3
rem   scripts\rekap.cmd --rekap.jadwal.aktif=true     mode terjadwal: tetap berjalan
rem Folder kerja: REKAP_HOME, atau folder skrip ini bila berisi config\, atau folder induknya.
rem Jar: REKAP_JAR, atau rekap-kinerja.jar di folder kerja, atau target\rekap-kinerja.jar.
rem Java: JAVA_HOME\bin\java.exe bila JAVA_HOME diisi, selain itu java dari PATH, atau Java 25 ke atas yang terpasang
rem bila java dari PATH lebih tua (lihat :newest_java, REKAP_JAVA_CARI). Opsi JVM: REKAP_JAVA_OPTS, atau
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
if not defined JAVA_HOME call :newest_java
rem Halaman memori besar untuk heap Java (REKAP_HALAMAN_BESAR di rekap.sh) hanya dipakai di Linux: di Windows
rem Java memerlukan hak khusus "Lock pages in memory" untuk itu, yang tidak dimiliki PC kantor biasa.
rem Log dan pesan ditulis dalam UTF-8.
chcp 65001 >nul
cd /d "%REKAP_HOME%" || exit /b 2

rem Mulai cepat: jar dibuka sekali di sebelahnya (kelas dimuat dari jar biasa, bukan jar di dalam jar) dan arsip
rem kelas (class data sharing) untuk Java ini dipakai setiap proses. Proses pertama dengan Java ini mencatat kelas yang
rem dimuatnya; setelah proses itu berhasil, Java kedua yang singkat menulis arsip dari catatan itu. Dengan Java 25 ke
rem atas yang disimpan lebih banyak (kelas yang sudah ditautkan dan profil metode: cache AOT, berkas .aot, dicatat dari
rem rekap latihan pada data contoh) dan proses berikutnya mulai lebih cepat lagi. REKAP_CEPAT=0 mematikannya. Jar
rem yang berubah (ukuran atau waktu simpan lain) dibuka ulang.
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
if "%JAVA_EXE%"=="java" for %%J in (java.exe) do set "JAVA_FOUND=%%~$PATH:J"
set "RELEASE="
if defined JAVA_FOUND for %%J in ("%JAVA_FOUND%") do set "RELEASE=%%~dpJ..\release"
set "VERSION="
if defined RELEASE if exist "%RELEASE%" for /f "usebackq tokens=1,* delims==" %%A in ("%RELEASE%") do if "%%A"=="JAVA_RUNTIME_VERSION" set "VERSION=%%~B"
if defined VERSION goto :version_known
"%JAVA_EXE%" -version 2>"%UNPACKED%\versi-java.txt"
set "VERSION=lain"
set /p VERSION=<"%UNPACKED%\versi-java.txt"
:version_known
set "VERSION=%VERSION:"=_%"
set "VERSION=%VERSION: =_%"
set "VERSION=%VERSION:+=_%"
rem Versi utama Java dari awal nama versinya (25 dari 25.0.3_9-LTS), atau sesudah "version" bila nama itu dari
rem "java -version" (openjdk_version__25.0.1__2025-10-21, mis. java.exe Oracle tanpa berkas release); di bawah 25 atau
rem tidak terbaca: arsip kelas biasa (.jsa). Hanya angka yang dipakai (findstr), bukan nama variabel.
set "FEATURE=0"
for /f "tokens=1 delims=._-" %%F in ("%VERSION%") do echo(%%F| findstr /r /x "[0-9][0-9]*" >nul && set "FEATURE=%%F"
for /f "tokens=2,3 delims=._-" %%F in ("%VERSION%") do if "%%F"=="version" echo(%%G| findstr /r /x "[0-9][0-9]*" >nul && set "FEATURE=%%G"
set "KIND=jsa"
if %FEATURE% GEQ 25 set "KIND=aot"
set "ARCHIVE=%UNPACKED%\kelas-%VERSION%.%KIND%"
rem Arsip mencatat jalur jar; di folder yang dipindah Java menolaknya (dan arsip bawaan Java juga), jadi arsip
rem hanya dipakai untuk jalur yang tercatat di sebelahnya, selain itu ditulis ulang.
set "MADE_FOR="
if exist "%ARCHIVE%.jalur" set /p MADE_FOR=<"%ARCHIVE%.jalur"
rem Arsip dipetakan di alamat yang dicatatnya (ArchiveRelocationMode=0), dipindahkan hanya bila alamat itu terpakai.
rem Arsip yang rusak atau tidak cocok dilewati Java (-Xshare:auto, bawaannya) tanpa pesan; proses tetap berjalan.
rem Java 25 mencatat cache AOT dengan tag aot (dan cds), Java 17 dengan cds; tanda kutip menjaga * dari Java.
set "RELOCATION=-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
set "QUIET_ARCHIVE=-Xlog:cds=off"
if "%KIND%"=="aot" set QUIET_ARCHIVE="-Xlog:aot*=off,cds*=off"
rem Java yang menulis arsip hanya memuat kelas dari catatan, tanpa menjalankan rekap: 128 MB heap cukup.
set "DUMP_OPTIONS=-Xmx128m -Xshare:dump"
if not exist "%ARCHIVE%" goto :first_run
if not "%MADE_FOR%"=="%RUN_JAR%" goto :first_run
set SHARE="-XX:SharedArchiveFile=%ARCHIVE%" %QUIET_ARCHIVE% %RELOCATION%
rem Java 25 tidak memutar ulang profil metode dari latihan (AOTReplayTraining, dibuka oleh RELOCATION): dengan C1 saja
rem profil itu tidak dipakai, sedangkan memutarnya membuat Java mengompilasi ~500 metode lagi (lihat rekap.sh).
if "%KIND%"=="aot" set SHARE="-XX:AOTCache=%ARCHIVE%" %QUIET_ARCHIVE% %RELOCATION% -XX:-AOTReplayTraining
:run
"%JAVA_EXE%" %JAVA_OPTIONS% %SHARE% -jar "%RUN_JAR%" %*
exit /b %ERRORLEVEL%

rem Proses pertama dengan Java ini. Arsip ditulis oleh proses terpisah sesudah rekap, bukan oleh proses rekap saat
rem keluar (-XX:ArchiveClassesAtExit menambah ~240 MB di atas memori rekap): memori keduanya tidak pernah dijumlahkan.
rem Catatan dan folder latihan yang tertinggal dari proses yang dihentikan dihapus dulu (cmd tidak punya trap seperti
rem rekap.sh). Proses pertama lain yang berjalan pada saat yang sama di folder yang sama dapat kehilangan catatan atau
rem latihannya: cache-nya lalu tidak dapat ditulis dan dicoba lagi pada proses berikutnya; hasil rekap tidak terpengaruh.
:first_run
del /q "%UNPACKED%\kelas-*.lst" >nul 2>&1
for /d %%D in ("%UNPACKED%\latihan.*") do rmdir /s /q "%%~fD" >nul 2>&1
set "TAG=%RANDOM%%RANDOM%"
set "CLASS_LIST=%UNPACKED%\kelas-%VERSION%.%TAG%.lst"
set "TRAINING=%UNPACKED%\latihan.%TAG%"
rem Java 25: rekap berjalan biasa. Catatan AOT ditulis Java saat proses yang mencatat keluar, di atas seluruh memorinya
rem (rekap register 1.000.000 baris sambil mencatat: 617 MB), jadi yang mencatat adalah latihan di bawah.
set RECORD_OPTIONS="-XX:DumpLoadedClassList=%CLASS_LIST%"
if "%KIND%"=="aot" set "RECORD_OPTIONS="
"%JAVA_EXE%" %JAVA_OPTIONS% %RECORD_OPTIONS% -jar "%RUN_JAR%" %*
set "CODE=%ERRORLEVEL%"
if not "%CODE%"=="0" goto :first_done
set "LIST_SIZE=0"
if exist "%CLASS_LIST%" for %%L in ("%CLASS_LIST%") do set "LIST_SIZE=%%~zL"
if not "%KIND%"=="aot" if "%LIST_SIZE%"=="0" goto :first_done
echo Menulis arsip kelas Java agar proses berikutnya mulai lebih cepat (sekali untuk Java ini, biasanya kurang dari satu menit)...
if "%KIND%"=="aot" goto :train
"%JAVA_EXE%" %DUMP_OPTIONS% "-XX:SharedClassListFile=%CLASS_LIST%" "-XX:SharedArchiveFile=%ARCHIVE%.%TAG%" -cp "%RUN_JAR%" >nul 2>&1 || goto :dump_failed
goto :written
rem Latihan: rekap data contoh 2026 TW III seluruhnya di folder sementara (data contoh, database, hasil, log; config\
rem hanya dibaca), sehingga memorinya tetap sama apa pun input kantor. Java mencatat kelas yang dimuat dan ditautkan
rem serta profil metodenya (AOTMode=record); kode keluar latihan tidak dipakai, catatannya yang dipakai. Lalu Java
rem ketiga menulis cache AOT dari catatan itu dengan opsi Java yang sama dengan rekap (opsi modul yang berbeda
rem mematikan sebagian cache), tanpa menjalankan rekap.
:train
"%JAVA_EXE%" %JAVA_OPTIONS% -XX:AOTMode=record "-XX:AOTConfiguration=%CLASS_LIST%" %QUIET_ARCHIVE% -jar "%RUN_JAR%" --spring.batch.job.name=rekap --rekap.jadwal.aktif=false --rekap.contoh.aktif=true "--rekap.contoh.folder=%TRAINING%\contoh" "--rekap.output-dir=%TRAINING%\output" "--rekap.data-dir=%TRAINING%\data" "--logging.file.name=%TRAINING%\rekap-kinerja.log" tahun=2026 triwulan=3 >nul 2>&1
set "LIST_SIZE=0"
if exist "%CLASS_LIST%" for %%L in ("%CLASS_LIST%") do set "LIST_SIZE=%%~zL"
if "%LIST_SIZE%"=="0" goto :dump_failed
"%JAVA_EXE%" %JAVA_OPTIONS% -XX:AOTMode=create "-XX:AOTConfiguration=%CLASS_LIST%" "-XX:AOTCache=%ARCHIVE%.%TAG%" %QUIET_ARCHIVE% -cp "%RUN_JAR%" >nul 2>&1 || goto :dump_failed
:written
set "ARCHIVE_SIZE=0"
if exist "%ARCHIVE%.%TAG%" for %%A in ("%ARCHIVE%.%TAG%") do set "ARCHIVE_SIZE=%%~zA"
if "%ARCHIVE_SIZE%"=="0" goto :dump_failed
>"%ARCHIVE%.jalur" echo %RUN_JAR%
move /y "%ARCHIVE%.%TAG%" "%ARCHIVE%" >nul || goto :dump_failed
echo Arsip kelas Java selesai ditulis.
goto :first_done
:dump_failed
echo Arsip kelas Java tidak dapat ditulis (rekap tetap berhasil); proses berikutnya mencobanya lagi.
if exist "%ARCHIVE%.%TAG%" del /q "%ARCHIVE%.%TAG%"
:first_done
if exist "%CLASS_LIST%" del /q "%CLASS_LIST%"
if exist "%TRAINING%" rmdir /s /q "%TRAINING%"
exit /b %CODE%

rem Tanpa JAVA_HOME (pilihan pengelola, selalu dipakai): java dari PATH, kecuali bila java itu di bawah 25 (atau tidak
rem ada) dan Java 25 ke atas terpasang di folder Java yang biasa (REKAP_JAVA_CARI, dipisah titik koma seperti PATH;
rem bawaannya folder Eclipse Adoptium, Java, Microsoft, Zulu, Amazon Corretto dan BellSoft di Program Files): Java
rem terbaru di sana yang dipakai, karena ia mulai dari cache AOT. Versi setiap Java dibaca dari berkas release-nya
rem (JAVA_VERSION) tanpa menjalankannya; java dari PATH tanpa berkas release ditanya "java -version" hanya bila ada
rem Java 25 untuk dibandingkan. REKAP_JAVA_CARI=0 mematikan pencarian. Sama dengan rekap.sh.
:newest_java
set "NEWEST="
set "NEWEST_FEATURE=0"
rem Tanda kutip di REKAP_JAVA_CARI dibuang (seperti di PATH boleh ditulis). Program Files 64-bit juga dari cmd 32-bit
rem (ProgramW6432): Java 25 tidak ada untuk Windows 32-bit.
set "SEARCH="
if defined REKAP_JAVA_CARI set "SEARCH=%REKAP_JAVA_CARI:"=%"
set "PROGRAMS=%ProgramFiles%"
if defined ProgramW6432 set "PROGRAMS=%ProgramW6432%"
if not defined SEARCH set "SEARCH=%PROGRAMS%\Eclipse Adoptium;%PROGRAMS%\Java;%PROGRAMS%\Microsoft;%PROGRAMS%\Zulu;%PROGRAMS%\Amazon Corretto;%PROGRAMS%\BellSoft"
if "%SEARCH%"=="0" goto :eof
for %%D in ("%SEARCH:;=" "%") do if not "%%~D"=="" for /d %%J in ("%%~D\*") do call :java_candidate "%%~fJ"
if %NEWEST_FEATURE% LSS 25 goto :eof
set "PATH_JAVA="
for %%J in (java.exe) do set "PATH_JAVA=%%~$PATH:J"
if not defined PATH_JAVA goto :use_newest
set "PATH_VERSION="
for %%J in ("%PATH_JAVA%") do set "PATH_RELEASE=%%~dpJ..\release"
if exist "%PATH_RELEASE%" for /f "usebackq tokens=1,* delims==" %%A in ("%PATH_RELEASE%") do if "%%A"=="JAVA_VERSION" set "PATH_VERSION=%%~B"
if defined PATH_VERSION goto :path_version_known
rem Tanpa berkas release (mis. java.exe Oracle di Common Files): baris pertama "java -version", tanpa tanda kutip,
rem kata ketiganya: openjdk version "17.0.15" 2025-04-15 menjadi 17.0.15.
set "VERSION_FILE=%TEMP%\rekap-versi-java.%RANDOM%%RANDOM%.txt"
"%PATH_JAVA%" -version 2>"%VERSION_FILE%"
set /p PATH_VERSION=<"%VERSION_FILE%"
del /q "%VERSION_FILE%" >nul 2>&1
if not defined PATH_VERSION goto :use_newest
set "PATH_VERSION=%PATH_VERSION:"=%"
for /f "tokens=3" %%V in ("%PATH_VERSION%") do set "PATH_VERSION=%%V"
:path_version_known
rem 17.0.15 menjadi 17, 1.8.0_401 (Java 8) menjadi 8. Versi yang tidak terbaca: Java 25 yang dipakai.
set "PATH_FEATURE="
for /f "tokens=1 delims=._-+" %%F in ("%PATH_VERSION%") do set "PATH_FEATURE=%%F"
if "%PATH_FEATURE%"=="1" for /f "tokens=2 delims=._-+" %%F in ("%PATH_VERSION%") do set "PATH_FEATURE=%%F"
echo(%PATH_FEATURE%| findstr /r /x "[0-9][0-9]*" >nul || goto :use_newest
if %PATH_FEATURE% GEQ 25 goto :eof
:use_newest
set "JAVA_EXE=%NEWEST%\bin\java.exe"
goto :eof

rem Satu folder Java: yang terbaik sejauh ini bila bin\java.exe ada dan versi utamanya (JAVA_VERSION di berkas release)
rem lebih tinggi.
:java_candidate
if not exist "%~1\bin\java.exe" goto :eof
if not exist "%~1\release" goto :eof
set "CANDIDATE_VERSION="
set "CANDIDATE_FEATURE="
for /f "usebackq tokens=1,* delims==" %%A in ("%~1\release") do if "%%A"=="JAVA_VERSION" set "CANDIDATE_VERSION=%%~B"
if not defined CANDIDATE_VERSION goto :eof
for /f "tokens=1 delims=._-+" %%F in ("%CANDIDATE_VERSION%") do set "CANDIDATE_FEATURE=%%F"
echo(%CANDIDATE_FEATURE%| findstr /r /x "[0-9][0-9]*" >nul || goto :eof
if %CANDIDATE_FEATURE% LEQ %NEWEST_FEATURE% goto :eof
set "NEWEST=%~1"
set "NEWEST_FEATURE=%CANDIDATE_FEATURE%"
goto :eof

:no_config
echo GAGAL: folder config\ tidak ditemukan di "%REKAP_HOME%". Isi REKAP_HOME dengan folder kerja Rekap Kinerja. 1>&2
exit /b 2

:no_jar
echo GAGAL: rekap-kinerja.jar tidak ditemukan di "%REKAP_HOME%". Buat dengan: mvn -B -q package -DskipTests, atau isi REKAP_JAR. 1>&2
exit /b 2

:no_options
echo GAGAL: opsi-java.txt tidak ditemukan di "%HERE%" (berkas itu menyertai rekap.cmd). Salin dari paket Rekap Kinerja, atau isi REKAP_JAVA_OPTS. 1>&2
exit /b 2
