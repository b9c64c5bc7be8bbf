#!/bin/sh
# Menjalankan Rekap Kinerja dari folder kerja (folder yang berisi config/), meneruskan semua argumen,
# dan mengembalikan kode keluar program (0 berhasil, 1-4 lihat README) kepada cron/systemd.
#   scripts/rekap.sh                               # triwulan terakhir yang sudah berakhir
#   scripts/rekap.sh tahun=2026 triwulan=3
#   scripts/rekap.sh --rekap.jadwal.aktif=true     # mode terjadwal: tetap berjalan
# Folder kerja: REKAP_HOME, atau folder skrip ini bila berisi config/, atau folder induknya.
# Jar: REKAP_JAR, atau rekap-kinerja.jar di folder kerja, atau target/rekap-kinerja.jar.
# Java: JAVA_HOME/bin/java bila JAVA_HOME diisi, selain itu java dari PATH. Opsi JVM: REKAP_JAVA_OPTS
# (bawaan: memori 512 MB, cukup untuk PC kantor 4 GB).
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
java=java
if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
fi
cd "$home" || exit 2
# shellcheck disable=SC2086 # REKAP_JAVA_OPTS holds several options on purpose
exec "$java" ${REKAP_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$jar" "$@"
