/**
 * The first use of the office libraries paid while Spring starts: loading and initialising POI's spreadsheet and Word
 * models (XmlBeans' schema types), drawing, fonts and PNG encoding costs a short run more than its own work does (one
 * quarter's steps took 1.8 s, mostly this). {@link Warmup} does it once on a background thread from the start of
 * {@code main}, on small documents built in memory: nothing is read from or written to disk and no setting is changed,
 * so a run's results never depend on it, and a warm-up that fails changes nothing but the time. The job starts once
 * it is over.
 */
package id.go.banggaikab.rekap.warmup;
