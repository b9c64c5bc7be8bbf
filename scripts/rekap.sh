#!/bin/sh
# Menjalankan Rekap Kinerja dari folder kerja (folder yang berisi config/), meneruskan semua argumen,
# dan mengembalikan kode keluar program (0 berhasil, 1-4 lihat README) kepada cron/systemd.
#   scripts/rekap.sh                               # triwulan terakhir yang sudah berakhir
#   scripts/rekap.sh tahun=2026 triwulan=3
#   scripts/rekap.sh --rekap.jadwal.aktif=true     # mode terjadwal: tetap berjalan
# Folder kerja: REKAP_HOME, atau folder skrip ini bila berisi config/, atau folder induknya.
# Jar: REKAP_JAR, atau rekap-kinerja.jar di folder kerja, atau target/rekap-kinerja.jar.
# Java: JAVA_HOME/bin/java bila JAVA_HOME diisi, selain itu java dari PATH, atau Java 25 ke atas yang terpasang bila
# java dari PATH lebih tua (lihat di bawah: REKAP_JAVA_CARI). Opsi JVM: REKAP_JAVA_OPTS, atau
# bawaannya di opsi-java.txt di sebelah skrip ini (memori 512 MB), yang juga dibaca scripts/rekap.cmd di Windows.
set -u
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
if [ -n "${REKAP_HOME:-}" ]; then
    home=$REKAP_HOME
elif [ -d "$here/config" ]; then
    home=$here
else
    home=$(dirname -- "$here")
fi
if [ ! -d "$home/config" ]; then
    echo "GAGAL: folder config/ tidak ditemukan di $home. Isi REKAP_HOME dengan folder kerja Rekap Kinerja." >&2
    exit 2
fi
jar=${REKAP_JAR:-}
if [ -z "$jar" ]; then
    for candidate in "$home/rekap-kinerja.jar" "$home/target/rekap-kinerja.jar"; do
        if [ -f "$candidate" ]; then
            jar=$candidate
            break
        fi
    done
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "GAGAL: rekap-kinerja.jar tidak ditemukan di $home. Buat dengan: mvn -B -q package -DskipTests," \
        "atau isi REKAP_JAR." >&2
    exit 2
fi
options=$here/opsi-java.txt
if [ -z "${REKAP_JAVA_OPTS:-}" ] && [ ! -f "$options" ]; then
    echo "GAGAL: opsi-java.txt tidak ditemukan di $here (berkas itu menyertai rekap.sh). Salin dari paket" \
        "Rekap Kinerja, atau isi REKAP_JAVA_OPTS." >&2
    exit 2
fi
# Java: JAVA_HOME bila diisi, pilihan pengelola, selalu dipakai. Tanpa JAVA_HOME: java dari PATH, kecuali bila java itu
# di bawah 25 (atau tidak ada) dan Java 25 ke atas terpasang di folder Java yang biasa (REKAP_JAVA_CARI, bawaannya
# /usr/lib/jvm:/usr/java:/opt/java, dipisah titik dua seperti PATH): Java terbaru di sana yang dipakai, karena ia mulai
# dari cache AOT (satu triwulan ~15 % lebih cepat; ribuan formulir sama cepat). Versi setiap Java dibaca dari berkas
# release-nya (JAVA_VERSION) tanpa menjalankannya; java dari PATH tanpa berkas release ditanya "java -version" hanya bila
# ada Java 25 untuk dibandingkan. REKAP_JAVA_CARI=0 mematikan pencarian. Sama dengan rekap.cmd.
release_feature() { # <folder Java> -> versi utama dari berkas release-nya (25 dari JAVA_VERSION="25.0.3"), atau kosong
    feature_found=""
    [ -f "$1/release" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            JAVA_VERSION=*)
                line=${line#JAVA_VERSION=}
                line=${line#\"}
                feature_found=${line%%[!0-9]*}
                return 0 ;;
        esac
    done < "$1/release"
}
java=java
if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
else
    newest="" newest_feature=0
    search=${REKAP_JAVA_CARI:-/usr/lib/jvm:/usr/java:/opt/java}
    [ "$search" = 0 ] && search=""
    outer_ifs=$IFS
    IFS=:
    for folder in $search; do
        IFS=$outer_ifs
        [ -n "$folder" ] || continue
        case $folder in /*) ;; *) folder=$PWD/$folder ;; esac # Java dijalankan sesudah cd ke folder kerja
        for candidate in "$folder"/*/; do
            candidate=${candidate%/}
            [ -x "$candidate/bin/java" ] || continue
            release_feature "$candidate"
            if [ "${feature_found:-0}" -gt "$newest_feature" ] 2>/dev/null; then
                newest=$candidate newest_feature=$feature_found
            fi
        done
    done
    IFS=$outer_ifs
    if [ "$newest_feature" -ge 25 ]; then
        # Versi java dari PATH: dari berkas release di sebelah bin/ java itu, atau bila tidak ada dari baris pertama
        # "java -version" (openjdk version "17.0.15" menjadi 17, java version "1.8.0_401" menjadi 8). Hanya java
        # yang diketahui 25 ke atas tetap dipakai.
        path_feature=""
        if path_java=$(command -v java 2>/dev/null) && path_java=$(readlink -f -- "$path_java" 2>/dev/null); then
            release_feature "$(dirname -- "$(dirname -- "$path_java")")"
            path_feature=$feature_found
            if [ -z "$path_feature" ]; then
                path_feature=$(java -version 2>&1 | sed -n '1s/^[^"]*"\(1\.\)\{0,1\}\([0-9]*\).*/\2/p')
            fi
        fi
        case $path_feature in
            '' | *[!0-9]*) java=$newest/bin/java ;;
            *) [ "$path_feature" -ge 25 ] || java=$newest/bin/java ;;
        esac
    fi
fi
# Halaman memori besar (transparent huge pages) untuk heap Java bila kernel Linux menawarkannya (mode madvise atau
# always): lebih sedikit page fault, proses lebih cepat, memori sama. Hanya bersama opsi-java.txt (REKAP_JAVA_OPTS
# dipakai apa adanya). REKAP_HALAMAN_BESAR=0 mematikannya, =1 memakainya tanpa memeriksa kernel. Tidak ada di Windows.
huge_pages=""
if [ -z "${REKAP_JAVA_OPTS:-}" ]; then
    case ${REKAP_HALAMAN_BESAR:-} in
        0) ;;
        1) huge_pages="-XX:+UseTransparentHugePages" ;;
        *) if grep -qs '\[madvise\]\|\[always\]' /sys/kernel/mm/transparent_hugepage/enabled; then
               huge_pages="-XX:+UseTransparentHugePages"
           fi ;;
    esac
fi
cd "$home" || exit 2
# Mulai cepat: jar dibuka sekali di sebelahnya (kelas dimuat dari jar biasa, bukan jar di dalam jar) dan arsip
# kelas (class data sharing) untuk Java ini dipakai setiap proses. Proses pertama dengan Java ini mencatat kelas yang
# dimuatnya; setelah proses itu berhasil, Java kedua yang singkat menulis arsip dari catatan itu. Java 25 ke atas
# mencatat lebih banyak (kelas yang sudah ditautkan dan profil metode: cache AOT, berkas .aot) dan mulai lebih cepat
# lagi. REKAP_CEPAT=0 mematikannya.
run_jar=$jar
archive_option=""
class_list=""
if [ "${REKAP_CEPAT:-1}" != 0 ]; then
    unpacked=${jar%.jar}
    name=$(basename -- "$jar")
    if [ ! -f "$unpacked/$name" ] || [ "$jar" -nt "$unpacked/$name" ]; then
        rm -rf "$unpacked.baru"
        if "$java" -Djarmode=tools -jar "$jar" extract --destination "$unpacked.baru" >/dev/null 2>&1; then
            rm -rf "$unpacked" && mv "$unpacked.baru" "$unpacked"
        fi
    fi
    if [ -f "$unpacked/$name" ]; then
        run_jar=$unpacked/$name
        # Arsip per versi Java: dibaca dari berkas release di sebelah bin/ Java itu (JAVA_RUNTIME_VERSION) tanpa
        # menjalankan Java sekali lagi (0,1-0,2 detik), atau bila tidak ada dari baris pertama "java -version".
        java_path=$(command -v -- "$java" 2>/dev/null) && java_path=$(readlink -f -- "$java_path" 2>/dev/null) \
            || java_path=""
        release=${java_path:+$(dirname -- "$(dirname -- "$java_path")")/release}
        version=""
        if [ -n "$release" ] && [ -f "$release" ]; then
            version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$release" | head -n 1 \
                | tr -c '[:alnum:]._\n-' '_')
        fi
        if [ -z "$version" ]; then
            version=$("$java" -version 2>&1 | head -n 1 | tr -c '[:alnum:]._\n-' '_')
        fi
        # Versi utama Java dari awal nama versinya (25 dari 25.0.3_9-LTS), atau sesudah "version" bila nama itu dari
        # "java -version" (openjdk_version__25.0.1__2025-10-21, mis. java.exe Oracle tanpa berkas release); di bawah
        # 25 atau tidak terbaca: arsip kelas biasa (.jsa).
        feature=${version#*version__}
        feature=${feature%%[!0-9]*}
        kind=jsa
        if [ "${feature:-0}" -ge 25 ] 2>/dev/null; then
            kind=aot
        fi
        # Arsip mencatat jalur jar; di folder yang dipindah Java menolaknya (dan arsip bawaan Java juga), jadi arsip
        # hanya dipakai untuk jalur yang tercatat di sebelahnya, selain itu ditulis ulang.
        archive=$unpacked/kelas-$version.$kind
        made_for=""
        if [ -f "$archive.jalur" ]; then
            read -r made_for < "$archive.jalur"
        fi
        if [ -f "$archive" ] && [ "$made_for" = "$run_jar" ]; then
            if [ "$kind" = aot ]; then
                archive_option="-XX:AOTCache=$archive"
            else
                archive_option="-XX:SharedArchiveFile=$archive"
            fi
        else
            class_list=$unpacked/kelas-$version.$$.lst
        fi
    fi
fi
# Arsip dipetakan di alamat yang dicatatnya (ArchiveRelocationMode=0; Java 17.0.15 memindahkannya ke alamat lain
# setiap kali, 0,2-0,3 detik untuk arsip 66 MB, Java 25 0,15 detik untuk cache 88 MB), dan hanya bila alamat itu
# terpakai baru dipindahkan. Arsip yang rusak atau tidak cocok dilewati Java (-Xshare:auto, bawaannya) tanpa pesan;
# proses tetap berjalan. Java 25 mencatat cache AOT dengan tag aot (dan cds), Java 17 dengan cds.
relocation="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
# Java 25 tidak memutar ulang profil metode dari latihan (AOTReplayTraining, opsi diagnostik yang dibuka oleh
# $relocation): dengan kompilator C1 saja (opsi-java.txt) profil itu tidak dipakai, sedangkan memutarnya membuat Java
# mengompilasi ~500 metode lagi (latihan TW III lebih besar dari satu triwulan biasa), 0,1 detik waktu prosesor.
# Catatan latihan tetap ditulis: cache tanpa catatan itu lebih lambat.
quiet_archive="-Xlog:cds=off"
training_replay=""
if [ "${kind:-jsa}" = aot ]; then
    quiet_archive="-Xlog:aot*=off,cds*=off"
    training_replay="-XX:-AOTReplayTraining"
fi
# Java yang menulis arsip hanya memuat kelas dari catatan, tanpa menjalankan rekap: 128 MB heap cukup.
dump_options="-Xmx128m -Xshare:dump"
if [ -z "$class_list" ]; then
    # The archive's path is one word even in a folder such as "Rekap Kinerja"; REKAP_JAVA_OPTS and relocation hold
    # several on purpose.
    # shellcheck disable=SC2086
    exec "$java" ${REKAP_JAVA_OPTS:-"@$options"} $huge_pages \
        ${archive_option:+"$archive_option" "$quiet_archive" $relocation $training_replay} -jar "$run_jar" "$@"
fi
# Proses pertama dengan Java ini. Arsip ditulis oleh proses terpisah sesudah rekap, bukan oleh proses rekap saat
# keluar (-XX:ArchiveClassesAtExit menambah ~240 MB di atas memori rekap, 554-608 MB): memori keduanya tidak
# pernah dijumlahkan. Dihentikan di tengah jalan (Ctrl+C, systemd), catatan, folder latihan dan arsip setengah jadi
# dihapus (rekap.cmd, tanpa trap, menghapus sisa proses lain sebelum mulai; di sini sisa kill -9 tetap di folder jar
# yang dibuka sampai jar berganti).
training=$unpacked/latihan.$$
trap 'rm -rf "$class_list" "$archive.$$" "$training"' EXIT
# Setiap Java di bawah berjalan sebagai anak yang ditunggu skrip ini (waited) dan berhenti bersama skrip: TERM, INT
# atau HUP untuk skrip diteruskan kepadanya sebagai TERM (anak di latar dari sh mengabaikan INT), skrip menunggunya
# selesai menutup, lalu keluar dengan 143, 130 atau 129. Java di latar depan tidak menerima sinyal yang hanya
# ditujukan ke skrip (kill PID, penghenti layanan yang hanya mengenai skrip), dan sh menunda trap sampai Java itu
# selesai: mode terjadwal tidak pernah selesai sendiri, jadi Java tertinggal berjalan tanpa induk.
child=""
# shellcheck disable=SC2317 # dipanggil oleh trap di bawah
stop_child() { # <kode keluar>
    if [ -n "$child" ]; then
        kill -TERM "$child" 2>/dev/null
        wait "$child"
    fi
    exit "$1"
}
trap 'stop_child 143' TERM
trap 'stop_child 130' INT
trap 'stop_child 129' HUP
waited() { # <perintah...>: dijalankan di latar dan ditunggu; kode keluarnya dikembalikan
    "$@" &
    child=$!
    wait "$child"
    waited_code=$?
    child=""
    return "$waited_code"
}
if [ "$kind" = aot ]; then
    # Java 25: rekap berjalan biasa. Catatan AOT ditulis Java saat proses yang mencatat keluar, di atas seluruh
    # memorinya (rekap register 1.000.000 baris sambil mencatat: 617 MB), jadi yang mencatat adalah latihan di bawah.
    # shellcheck disable=SC2086
    waited "$java" ${REKAP_JAVA_OPTS:-"@$options"} $huge_pages -jar "$run_jar" "$@"
else
    # shellcheck disable=SC2086
    waited "$java" ${REKAP_JAVA_OPTS:-"@$options"} $huge_pages -XX:DumpLoadedClassList="$class_list" \
        -jar "$run_jar" "$@"
fi
code=$?
if [ "$code" = 0 ] && { [ "$kind" = aot ] || [ -s "$class_list" ]; }; then
    echo "Menulis arsip kelas Java agar proses berikutnya mulai lebih cepat (sekali untuk Java ini, biasanya" \
        "kurang dari satu menit)..."
    if [ "$kind" = aot ]; then
        # Latihan: rekap data contoh 2026 TW III seluruhnya di folder sementara (data contoh, database, hasil, log;
        # config/ hanya dibaca), sehingga memorinya tetap sama apa pun input kantor. Java mencatat kelas yang
        # dimuat dan ditautkan serta profil metodenya (AOTMode=record); kode keluar latihan tidak dipakai, catatannya
        # yang dipakai. Lalu Java ketiga menulis cache AOT dari catatan itu dengan opsi Java yang sama dengan rekap
        # (opsi modul yang berbeda mematikan sebagian cache), tanpa menjalankan rekap.
        # shellcheck disable=SC2086
        waited "$java" ${REKAP_JAVA_OPTS:-"@$options"} -XX:AOTMode=record -XX:AOTConfiguration="$class_list" \
            "$quiet_archive" -jar "$run_jar" --spring.batch.job.name=rekap --rekap.jadwal.aktif=false \
            --rekap.contoh.aktif=true --rekap.contoh.folder="$training/contoh" --rekap.output-dir="$training/output" \
            --rekap.data-dir="$training/data" --logging.file.name="$training/rekap-kinerja.log" tahun=2026 triwulan=3 \
            >/dev/null 2>&1
        # shellcheck disable=SC2086
        [ -s "$class_list" ] && waited "$java" ${REKAP_JAVA_OPTS:-"@$options"} -XX:AOTMode=create \
            -XX:AOTConfiguration="$class_list" -XX:AOTCache="$archive.$$" "$quiet_archive" -cp "$run_jar" \
            >/dev/null 2>&1
    else
        # shellcheck disable=SC2086
        waited "$java" $dump_options -XX:SharedClassListFile="$class_list" -XX:SharedArchiveFile="$archive.$$" \
            -cp "$run_jar" >/dev/null 2>&1
    fi
    written=$?
    if [ "$written" = 0 ] && [ -s "$archive.$$" ] && printf '%s\n' "$run_jar" > "$archive.jalur" \
        && mv -f "$archive.$$" "$archive"; then
        echo "Arsip kelas Java selesai ditulis."
    else
        echo "Arsip kelas Java tidak dapat ditulis (rekap tetap berhasil); proses berikutnya mencobanya lagi."
    fi
fi
exit "$code"
