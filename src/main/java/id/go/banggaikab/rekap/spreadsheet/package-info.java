/**
 * How we read Excel: any workbook's bytes to its sheets of cells, knowing nothing of forms, indicators or units.
 * Forms ({@code submission}), targets ({@code targets}), registers ({@code register}), the catalogue workbook and the
 * LKjIP's Renstra and budget workbooks ({@code lkjip}) all read through this package only.
 *
 * <h2>The public face</h2>
 * <ul>
 * <li>{@link id.go.banggaikab.rekap.spreadsheet.WorkbookSheets#read(byte[])}: .xlsx, .xlsm, .xls or .ods bytes to
 * every sheet as a {@link id.go.banggaikab.rekap.spreadsheet.SheetView} (name, hidden or not, cells by 0-based row and
 * column, merged blocks; {@code label} reads a merged cell as its block's top-left), or the
 * {@link id.go.banggaikab.rekap.spreadsheet.Refusal} saying why not ({@code orThrow()} turns it into
 * {@link id.go.banggaikab.rekap.spreadsheet.UnreadableWorkbook}). A hidden sheet comes without its cells;
 * {@code readWithHidden} reads those too, for the planners' own workbooks in {@code config/} (renstra.xlsx,
 * anggaran-&lt;tahun&gt;.xlsx read by {@code lkjip}), where a sheet hidden to tidy the view still holds figures.</li>
 * <li>{@link id.go.banggaikab.rekap.spreadsheet.CellValue}: what a cell holds with formulas replaced by their result
 * (number, text, boolean, error, or a formula that could not be computed), whether its number format shows a
 * percentage, and the text a user would recognise in a message. The number format itself is not kept: a percentage
 * is the only format any reader here acts on.</li>
 * <li>{@link id.go.banggaikab.rekap.spreadsheet.RowStream}: a long list (a register of a million rows) row by row
 * without holding the sheet; the caller sees each sheet's first rows as a {@code SheetView}, plans where its data
 * lies, and receives every later row as a reused {@link id.go.banggaikab.rekap.spreadsheet.SheetRow}.</li>
 * <li>{@link id.go.banggaikab.rekap.spreadsheet.Refusal.Reason}: NOT_A_WORKBOOK (Word, PDF, CSV, HTML …),
 * UNSUPPORTED_FORMAT (.xlsb, Strict Open XML, Excel before 97, .fods, Numbers), DAMAGED, CUT_OFF, ENCRYPTED,
 * ZIP_BOMB, EMPTY, TOO_LARGE; each with its message in Bahasa Indonesia.</li>
 * </ul>
 * Everything else is package-private.
 *
 * <h2>The one-pass route (.xlsx, .xlsm)</h2>
 * The format is told from the bytes, never the name ({@code FormatCheck}). A form's zip directory is read once, in its
 * bytes, for the bomb rule and the reader alike ({@code ZipParts}: a plain package as Excel, LibreOffice, openpyxl and
 * POI write it is walked directly and each part inflated whole by an inflater kept per thread; any other zip goes
 * through Commons Compress, which gives the same bytes). {@code XlsxPackage} then reads the package facts once:
 * the relationships, the workbook's sheet list, its date system and whether it asks to be recalculated on opening.
 * {@code XlsxSheets} then reads each sheet part once with {@code XmlCursor}: cells, merged blocks and formula facts in
 * the same pass; shared strings are kept as UTF-8 bytes ({@code SharedStrings}); hyperlinks, comments, drawings and
 * macros are never opened. No object model of the workbook is built. Registers take the same cursor straight from
 * the zip ({@code XlsxStream}); a large part is inflated on a second thread while the first parses
 * ({@code InflateAhead}), so a machine with two cores does both at once.
 *
 * <h2>When POI's model reads instead</h2>
 * {@code PoiSheets} (POI's usermodel) reads every .xls, and any .xlsx the one-pass route cannot vouch for
 * ({@code XlsxPackage.LeaveToPoi}): a part not in UTF-8, a damaged or cut-off part, a missing part, a cell type or
 * value it does not know, Strict Open XML, and formulas the light model below cannot compute (defined names, tables,
 * links to other workbooks, references into hidden sheets, shared and array formulas). POI then computes what it can
 * and a cell whose formula it cannot compute stays {@code FORMULA_WITHOUT_VALUE}, named only when a reader uses it.
 * .ods goes through SODS ({@code OdsSheets}). Every reader test reads its forms through all of these and insists they
 * agree ({@code CrossCheckedSheets}, {@code XlsxSheetsTest}).
 *
 * <h2>Formulas without POI's model</h2>
 * A formula's saved result is used as it stands. openpyxl, XlsxWriter and PhpSpreadsheet save no result (or 0) and
 * ask for a full recalculation on opening: a workbook asking that but holding no formula is read in one pass all the
 * same; one with formulas is read again keeping the cells as written, and {@code FormulaCells} computes them with
 * POI's own formula parser and evaluator over those cells, without {@code XSSFWorkbook} — the same tokens over the
 * same values, so the same results ({@code XlsxSheetsTest} compares them with POI's).
 *
 * <h2>Bombs and cut-off copies</h2>
 * A zip bomb ({@code ZipBomb}) is a part that says it inflates past what any workbook of its kind holds (64 MB for a
 * form's part, 4 GB for a streamed register's), a part above 32 MB packed more than a hundredfold, or parts adding up
 * to more than four times the limit; it is refused before any reader opens it, and POI's own guard is set to the
 * same rule. The ratio alone is not the rule: a note copied down a column packs a hundredfold and is still a form.
 * A cut-off file ({@code CutOff}) is a zip without its closing central directory, or an .xls whose header names
 * sectors beyond its end: a copy still under way or stalled, refused as {@code CUT_OFF} (not "damaged") and read
 * again on the next run.
 *
 * <h2>Why a hand-written XML cursor (issue 24's A/B)</h2>
 * {@code XmlCursor} is the face the sheet code reads XML through; behind it is the hand-written {@code ByteCursor},
 * which parses a tag where it lies in the read buffer and compares names and attribute values as bytes, making a
 * string only when asked. It was measured against Aalto 1.3.3, the StAX parser already on the classpath for .ods,
 * behind the same face (the test tree's {@code AaltoCursor}: its async byte-array parser and its stream reader,
 * attribute values read from Aalto's buffer without a string), giving identical cells on every form and every register
 * cell. {@code scripts/benchmark-cursor.sh 1100 1000000 9}: each parser timed alone in a JVM of its own, the three in
 * turn, two passes; sheet parsing only; median of 9 rounds after 2 warm-up rounds (5 for the register); 2-core AMD
 * EPYC shared with two other engineers' builds, load average 6.5–9.2, Java 17, 6 December 2026. Per pass, first /
 * second:
 * <ul>
 * <li>1,100 forms as Excel lays them out, thread CPU a round: hand-written 280 / 241 ms, Aalto async 336 / 388 ms,
 * Aalto stream 245 / 198 ms; wall 748 / 470, 561 / 668, 767 / 290 ms (0.27–0.70 ms a form); allocated 224, 238,
 * 162 MB.</li>
 * <li>The same forms re-saved by openpyxl (formulas computed by {@code FormulaCells}): CPU 299 / 228, 340 / 343,
 * 158 / 310 ms; wall 493 / 638, 566 / 841, 409 / 883 ms; allocated 215, 228, 150 MB.</li>
 * <li>A register of 1,000,000 rows (52.8 MB .xlsx), every cell: hand-written wall 2.16 / 2.26 s (463,000 /
 * 443,000 rows/s), CPU 1.36 / 1.13 s, 128 MB allocated; Aalto async 4.36 / 3.77 s, CPU 2.43 / 2.16 s, 625 MB; Aalto
 * stream 3.84 / 3.23 s, CPU 2.67 / 1.96 s, 624 MB.</li>
 * </ul>
 * On forms the parsers are alike within the noise of the load (Aalto's stream reader allocates less: it recycles its
 * buffers per thread, where the hand-written cursor takes a read buffer the size of each part). On the register, the
 * input whose size is the reason this reader exists, the hand-written cursor takes 1.4–2.0× less wall time,
 * 1.6–2.0× less processor time and a fifth of the allocation. So it stays; rerun the script before changing the
 * parser.
 */
package id.go.banggaikab.rekap.spreadsheet;
