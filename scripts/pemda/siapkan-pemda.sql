-- Sekali per server, oleh pengelola server (superuser), di database bersama Rekap Kinerja:
--   psql -d rekap -v pemda=rekap_pemda -v sandi='ganti-kata-sandi' -f scripts/pemda/siapkan-pemda.sql
-- Membuat peran Pemda (hanya membaca data perangkat daerah) dan skema "pemda" tempat catatan proses rekap Pemda.
-- Aman dijalankan ulang: yang sudah ada dibiarkan.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'pemda', :'sandi')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'pemda') \gexec

SELECT format('CREATE SCHEMA IF NOT EXISTS pemda AUTHORIZATION %I', :'pemda') \gexec

-- Tidak ada yang boleh membuat tabel di skema public; setiap perangkat daerah memakai skemanya sendiri.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
