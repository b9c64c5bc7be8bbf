-- What is in force is worked out from the history instead of being kept as a status: every accepted file stays
-- accepted, and for each unit, quarter and indicator the most recently saved file that gives a value wins. So:
--   * a file's unit and quarter move to "laporan", because one workbook may hold a report per sheet (each sub
--     bagian its own sheet);
--   * the statuses AKTIF / DIGANTI / USANG become one, DITERIMA (an older version of a path is told by the time
--     it was imported), and replaced_by goes;
--   * times are epoch milliseconds: ISO text sorted "...:00Z" after "...:00.5Z";
--   * rows gain what the forms now carry: the quarter's budget realisation (Rp, exact), the units' own words
--     (kendala, solusi) and a withdrawal ("batal" typed in the cell).

CREATE TABLE submission_file_v3 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    path        TEXT    NOT NULL,          -- relative to the input folder, '/' separated
    size        INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,          -- the file's last modification, epoch milliseconds (UTC)
    sha256      TEXT    NOT NULL,
    status      TEXT    NOT NULL,          -- DITERIMA, DITOLAK
    imported_ms INTEGER NOT NULL,          -- when this content was (last) read, epoch milliseconds
    CONSTRAINT submission_file_v3_content UNIQUE (sha256)
);
INSERT INTO submission_file_v3 (id, path, size, modified_ms, sha256, status, imported_ms)
SELECT id, path, size, CAST(ROUND((julianday(modified) - 2440587.5) * 86400000) AS INTEGER), sha256,
       CASE WHEN status = 'DITOLAK' THEN 'DITOLAK' ELSE 'DITERIMA' END,
       CAST(ROUND((julianday(imported_at) - 2440587.5) * 86400000) AS INTEGER)
FROM submission_file;

-- One unit's report for one quarter in a file (most files hold exactly one).
CREATE TABLE laporan (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id   INTEGER NOT NULL REFERENCES submission_file_v3 (id),
    unit_code TEXT    NOT NULL,
    tahun     INTEGER NOT NULL,
    triwulan  INTEGER NOT NULL,
    CONSTRAINT laporan_once UNIQUE (file_id, unit_code, tahun, triwulan)
);
INSERT INTO laporan (file_id, unit_code, tahun, triwulan)
SELECT id, unit_code, tahun, triwulan FROM submission_file
WHERE status <> 'DITOLAK' AND unit_code IS NOT NULL AND tahun IS NOT NULL AND triwulan IS NOT NULL;

CREATE TABLE realisasi_v3 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    laporan_id     INTEGER NOT NULL REFERENCES laporan (id),
    indicator_code TEXT    NOT NULL,
    sheet          TEXT,
    cell           TEXT,
    nilai          REAL,
    pembilang      REAL,
    penyebut       REAL,
    predikat       TEXT,
    kumulatif      INTEGER NOT NULL DEFAULT 0,
    ditarik        INTEGER NOT NULL DEFAULT 0,   -- 1: the cell said "batal", the earlier value is withdrawn
    anggaran       TEXT,                         -- Rp realised in the quarter (Evaluasi Renja): exact decimal text
    keterangan     TEXT,
    bukti          TEXT,
    kendala        TEXT,
    solusi         TEXT
);
INSERT INTO realisasi_v3 (id, laporan_id, indicator_code, sheet, cell, nilai, pembilang, penyebut, predikat,
                          kumulatif, keterangan, bukti)
SELECT r.id, l.id, r.indicator_code, r.sheet, r.cell, r.nilai, r.pembilang, r.penyebut, r.predikat, r.kumulatif,
       r.keterangan, r.bukti
FROM realisasi r JOIN laporan l ON l.file_id = r.file_id;

CREATE TABLE masalah_v3 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id    INTEGER NOT NULL REFERENCES submission_file_v3 (id),
    laporan_id INTEGER REFERENCES laporan (id),   -- null for a problem of the file as a whole
    severity   TEXT    NOT NULL,
    file       TEXT,
    sheet      TEXT,
    cell       TEXT,
    value      TEXT,
    reason     TEXT    NOT NULL
);
INSERT INTO masalah_v3 (id, file_id, laporan_id, severity, file, sheet, cell, value, reason)
SELECT m.id, m.file_id, l.id, m.severity, m.file, m.sheet, m.cell, m.value, m.reason
FROM masalah m LEFT JOIN laporan l ON l.file_id = m.file_id;

DROP TABLE masalah;
DROP TABLE realisasi;
DROP TABLE submission_file;
ALTER TABLE submission_file_v3 RENAME TO submission_file;
ALTER TABLE realisasi_v3 RENAME TO realisasi;
ALTER TABLE masalah_v3 RENAME TO masalah;

CREATE INDEX submission_file_path ON submission_file (path);
CREATE INDEX laporan_period ON laporan (tahun, triwulan, unit_code);
CREATE INDEX realisasi_laporan ON realisasi (laporan_id);
CREATE INDEX masalah_file ON masalah (file_id);
