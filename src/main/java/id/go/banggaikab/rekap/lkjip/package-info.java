/**
 * The LKjIP computed: the Renstra, earlier years and budget the staff keep in Excel, and the analysis from them.
 * Their workbooks are read through the spreadsheet package like every workbook the job reads ({@code InputWorkbook});
 * an indicator's figure is then read by the forms' value rules through {@code submission.WorkbookCells} (a cell shown
 * as 92% and "92 %" are 92 as in a form and the targets workbook, "2,5 persen" is 2,5 with a note), an amount by
 * {@code InputSheet}'s own rupiah rule ("Rp 1.250.000.000", exact to the sen), a grade as AA … D.
 * The blank and sample workbooks are written with POI ({@code RenstraLayout}, {@code BudgetLayout}).
 */
package id.go.banggaikab.rekap.lkjip;
