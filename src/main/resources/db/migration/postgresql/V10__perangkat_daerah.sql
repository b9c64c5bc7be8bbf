-- Several perangkat daerah on one server (SPEC §11). Each office has a schema of its own on the shared database, so
-- nothing here carries the office code in its keys: the schema is the office. What is added:
--   * which office this history belongs to, so that one office's schema is never used by another installation by
--     mistake (the run refuses, exit 2);
--   * what each run last recapped for a quarter, published for the Pemda's recap (rekap-pemda), which reads it
--     through a role that may only read.

-- One row: the office of this history. ditetapkan = 1 when the code was written in rekap.perangkat-daerah, 0 when it
-- is the default of a single installation (which a named office may still claim once).
CREATE TABLE perangkat_daerah (
    satu       INTEGER NOT NULL PRIMARY KEY CHECK (satu = 1),
    kode       TEXT    NOT NULL,
    ditetapkan INTEGER NOT NULL,
    sejak_ms   BIGINT  NOT NULL
);

-- The recap of a quarter as the office last wrote it (by rekap or kunci): one row per quarter, replaced by each run.
CREATE TABLE rekap_terbit (
    tahun             INTEGER NOT NULL,
    triwulan          INTEGER NOT NULL,
    nama              TEXT    NOT NULL,           -- the office as its catalogue names it
    waktu_ms          BIGINT  NOT NULL,           -- when the recap was made, epoch milliseconds
    terkunci          INTEGER NOT NULL,           -- 1: the quarter was locked and these are its locked figures
    triwulan_berakhir INTEGER NOT NULL,           -- 0: made before the quarter's last day (provisional)
    unit_lapor        INTEGER NOT NULL,           -- units that sent the quarter's form
    unit_harap        INTEGER NOT NULL,           -- units expected to
    skor              DOUBLE PRECISION,           -- the office's score for the quarter; null: nothing to score
    kategori          TEXT,
    indikator_skor    INTEGER NOT NULL,           -- indicators the score rests on
    indikator_total   INTEGER NOT NULL,
    rekap             TEXT,                       -- the recap file written
    PRIMARY KEY (tahun, triwulan)
);

-- Each catalogue indicator of that recap; whether the quarter itself brought a figure.
CREATE TABLE rekap_terbit_indikator (
    tahun          INTEGER NOT NULL,
    triwulan       INTEGER NOT NULL,
    indicator_code TEXT    NOT NULL,
    nama           TEXT    NOT NULL,
    satuan         TEXT,
    dilaporkan     INTEGER NOT NULL,
    PRIMARY KEY (tahun, triwulan, indicator_code),
    FOREIGN KEY (tahun, triwulan) REFERENCES rekap_terbit (tahun, triwulan)
);

-- Its figures: tw 1..4 the figure of that quarter, tw 0 the year to date at the recapped quarter. No figure, no row:
-- a figure not reported is never stored as 0.
CREATE TABLE rekap_terbit_nilai (
    tahun          INTEGER NOT NULL,
    triwulan       INTEGER NOT NULL,
    indicator_code TEXT    NOT NULL,
    tw             INTEGER NOT NULL,
    nilai          DOUBLE PRECISION,
    predikat       TEXT,
    PRIMARY KEY (tahun, triwulan, indicator_code, tw),
    FOREIGN KEY (tahun, triwulan, indicator_code) REFERENCES rekap_terbit_indikator (tahun, triwulan, indicator_code)
);
