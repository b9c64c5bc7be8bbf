-- Locking a verified quarter (kunci triwulan): every lock and reopen, who and when and why, and with each lock the
-- figures and the inputs it locked, so the locked quarter's recap comes out the same however often it is rerun,
-- even after katalog.yml or the targets change.

CREATE TABLE kunci (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tahun        INTEGER NOT NULL,
    triwulan     INTEGER NOT NULL,
    aksi         TEXT    NOT NULL,   -- KUNCI or BUKA
    waktu_ms     INTEGER NOT NULL,   -- epoch milliseconds
    pengguna     TEXT    NOT NULL,   -- the OS user who ran kunci / buka-kunci
    alasan       TEXT,               -- the reason given for a reopen
    rekap        TEXT,               -- the recap file a lock locks
    rekap_sha256 TEXT
);
CREATE INDEX kunci_periode ON kunci (tahun, triwulan, id);

-- The inputs as they were when locked: katalog.yml, singkatan.yml, target-<tahun>.xlsx.
CREATE TABLE kunci_isi (
    kunci_id INTEGER NOT NULL REFERENCES kunci (id),
    nama     TEXT    NOT NULL,
    isi      BLOB    NOT NULL,
    PRIMARY KEY (kunci_id, nama)
);

-- The figures in force when locked: the year to date of the locked quarter and the year before.
CREATE TABLE kunci_realisasi (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kunci_id       INTEGER NOT NULL REFERENCES kunci (id),
    indicator_code TEXT    NOT NULL,
    unit_code      TEXT    NOT NULL,
    tahun          INTEGER NOT NULL,
    triwulan       INTEGER NOT NULL,
    nilai          REAL,
    pembilang      REAL,
    penyebut       REAL,
    predikat       TEXT,
    kumulatif      INTEGER NOT NULL DEFAULT 0,
    anggaran       TEXT,
    keterangan     TEXT,
    bukti          TEXT,
    kendala        TEXT,
    solusi         TEXT,
    path           TEXT    NOT NULL,
    sheet          TEXT,
    cell           TEXT,
    modified_ms    INTEGER NOT NULL
);
CREATE INDEX kunci_realisasi_kunci ON kunci_realisasi (kunci_id);
