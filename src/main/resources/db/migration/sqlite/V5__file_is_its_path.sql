-- A file is its path (SPEC §2): the same bytes under two paths are two submissions, each with the unit and quarter
-- its own place gives. Until now a content was stored once (UNIQUE sha256), so a copy dropped into the next
-- quarter's folder moved the earlier quarter's report away. Now a path with a content is stored once
-- (UNIQUE path, sha256). Every row of the history is carried over with its id: the earlier imports had one record
-- per content, which is one record per path and content.
--
-- New: the readings of a report that the rule set aside (bacaan_lain). Where the folder, the file name and the
-- header block disagree on the period or the unit, the documented rule decides, and the other reading is kept, so
-- that the recap and the receipts of the quarter (or unit) it names can say the file was counted elsewhere.
--
-- SQLite cannot drop a constraint, so the four history tables are built anew (as V3 did) and filled from the old.

CREATE TABLE submission_file_v5 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    path        TEXT    NOT NULL,          -- relative to the input folder, '/' separated
    size        INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,          -- the file's last modification, epoch milliseconds (UTC)
    sha256      TEXT    NOT NULL,
    status      TEXT    NOT NULL,          -- DITERIMA, DITOLAK
    imported_ms INTEGER NOT NULL,          -- when this content was (last) read at this path, epoch milliseconds
    CONSTRAINT submission_file_path_content UNIQUE (path, sha256)
);
INSERT INTO submission_file_v5 (id, path, size, modified_ms, sha256, status, imported_ms)
SELECT id, path, size, modified_ms, sha256, status, imported_ms FROM submission_file;

CREATE TABLE laporan_v5 (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id   INTEGER NOT NULL REFERENCES submission_file_v5 (id),
    unit_code TEXT    NOT NULL,
    tahun     INTEGER NOT NULL,
    triwulan  INTEGER NOT NULL,
    CONSTRAINT laporan_once UNIQUE (file_id, unit_code, tahun, triwulan)
);
INSERT INTO laporan_v5 (id, file_id, unit_code, tahun, triwulan)
SELECT id, file_id, unit_code, tahun, triwulan FROM laporan;

CREATE TABLE realisasi_v5 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    laporan_id     INTEGER NOT NULL REFERENCES laporan_v5 (id),
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
INSERT INTO realisasi_v5 (id, laporan_id, indicator_code, sheet, cell, nilai, pembilang, penyebut, predikat,
                          kumulatif, ditarik, anggaran, keterangan, bukti, kendala, solusi)
SELECT id, laporan_id, indicator_code, sheet, cell, nilai, pembilang, penyebut, predikat, kumulatif, ditarik,
       anggaran, keterangan, bukti, kendala, solusi FROM realisasi;

CREATE TABLE masalah_v5 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id    INTEGER NOT NULL REFERENCES submission_file_v5 (id),
    laporan_id INTEGER REFERENCES laporan_v5 (id),   -- null for a problem of the file as a whole
    severity   TEXT    NOT NULL,
    file       TEXT,
    sheet      TEXT,
    cell       TEXT,
    value      TEXT,
    reason     TEXT    NOT NULL
);
INSERT INTO masalah_v5 (id, file_id, laporan_id, severity, file, sheet, cell, value, reason)
SELECT id, file_id, laporan_id, severity, file, sheet, cell, value, reason FROM masalah;

DROP TABLE masalah;
DROP TABLE realisasi;
DROP TABLE laporan;
DROP TABLE submission_file;
ALTER TABLE submission_file_v5 RENAME TO submission_file;
ALTER TABLE laporan_v5 RENAME TO laporan;
ALTER TABLE realisasi_v5 RENAME TO realisasi;
ALTER TABLE masalah_v5 RENAME TO masalah;

CREATE INDEX submission_file_path ON submission_file (path);
CREATE INDEX submission_file_content ON submission_file (sha256);
CREATE INDEX laporan_period ON laporan (tahun, triwulan, unit_code);
CREATE INDEX laporan_file ON laporan (file_id);
CREATE INDEX realisasi_laporan ON realisasi (laporan_id);
CREATE INDEX masalah_file ON masalah (file_id);

-- A reading of a report that the rule set aside: the unit and quarter another part of the file named, and which
-- part it was ('isi berkas', 'nama berkas', 'folder').
CREATE TABLE bacaan_lain (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    laporan_id INTEGER NOT NULL REFERENCES laporan (id),
    unit_code  TEXT    NOT NULL,
    tahun      INTEGER NOT NULL,
    triwulan   INTEGER NOT NULL,
    sumber     TEXT    NOT NULL
);
CREATE INDEX bacaan_lain_laporan ON bacaan_lain (laporan_id);
CREATE INDEX bacaan_lain_period ON bacaan_lain (tahun, triwulan, unit_code);
