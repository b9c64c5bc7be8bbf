-- Untuk setiap perangkat daerah, oleh pengelola server (superuser), di database bersama Rekap Kinerja:
--   psql -d rekap -v kode=diskop -v peran=rekap_diskop -v sandi='ganti-kata-sandi' -v pemda=rekap_pemda \
--        -f scripts/pemda/tambah-perangkat-daerah.sql
-- kode  : kode perangkat daerah, sama dengan rekap.perangkat-daerah di config/application.yml instalasinya;
--         juga nama skemanya (huruf kecil, angka, garis bawah).
-- peran : pengguna database instalasi itu; hanya skemanya sendiri yang dapat ia baca dan ubah.
-- pemda : peran Pemda (siapkan-pemda.sql); boleh membaca skema ini, tidak boleh mengubahnya.
-- Aman dijalankan ulang: yang sudah ada dibiarkan, hak baca Pemda diberikan lagi.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'peran', :'sandi')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'peran') \gexec

-- Skema perangkat daerah, milik perannya: tabelnya dibuat aplikasi sendiri pada proses pertama.
SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', :'kode', :'peran') \gexec
SELECT format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', :'kode') \gexec

-- Pemda membaca semua tabel skema itu, yang sudah ada dan yang dibuat kemudian, tanpa dapat mengubahnya.
SELECT format('GRANT USAGE ON SCHEMA %I TO %I', :'kode', :'pemda') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO %I',
              :'peran', :'kode', :'pemda') \gexec
SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', :'kode', :'pemda') \gexec
