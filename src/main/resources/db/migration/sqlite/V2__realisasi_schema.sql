-- Every form ever seen, with what identifies its content. Rows are never deleted: a replaced or obsolete
-- submission keeps its rows so the history can always be shown.
CREATE TABLE submission_file (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    path        TEXT    NOT NULL,          -- relative to the input folder, '/' separated
    size        INTEGER NOT NULL,
    modified    TEXT    NOT NULL,          -- ISO-8601 instant of the file's last modification
    sha256      TEXT    NOT NULL,
    unit_code   TEXT,
    tahun       INTEGER,
    triwulan    INTEGER,
    status      TEXT    NOT NULL,          -- AKTIF, DIGANTI, DITOLAK, USANG
    replaced_by INTEGER REFERENCES submission_file (id),
    imported_at TEXT    NOT NULL,
    CONSTRAINT submission_file_content UNIQUE (sha256)
);
CREATE INDEX submission_file_period ON submission_file (tahun, triwulan, unit_code, status);
CREATE INDEX submission_file_path ON submission_file (path);

-- The accepted rows of a form, matched to the catalogue.
CREATE TABLE realisasi (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id        INTEGER NOT NULL REFERENCES submission_file (id),
    indicator_code TEXT    NOT NULL,
    sheet          TEXT,
    cell           TEXT,
    nilai          REAL,
    pembilang      REAL,
    penyebut       REAL,
    predikat       TEXT,
    kumulatif      INTEGER NOT NULL DEFAULT 0,
    keterangan     TEXT,
    bukti          TEXT
);
CREATE INDEX realisasi_file ON realisasi (file_id);

-- Problems found while reading a form, kept with the form so a file that is not read again still shows them.
CREATE TABLE masalah (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id  INTEGER NOT NULL REFERENCES submission_file (id),
    severity TEXT    NOT NULL,
    file     TEXT,
    sheet    TEXT,
    cell     TEXT,
    value    TEXT,
    reason   TEXT    NOT NULL
);
CREATE INDEX masalah_file ON masalah (file_id);
