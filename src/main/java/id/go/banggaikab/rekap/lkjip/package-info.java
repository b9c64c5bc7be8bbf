/**
 * The LKjIP computed: the Renstra, earlier years and budget the staff keep in Excel, and the analysis from them.
 * Their workbooks are read through the spreadsheet package like every workbook the job reads ({@code InputWorkbook});
 * the lkjip cell rules ({@code InputSheet}) then read what the staff typed: a number cell as the number it holds, text
 * such as "65,5", "1.234,5" or "92%" as that figure, "Rp 1.250.000.000" as an amount in rupiah, a grade as AA … D.
 * The blank and sample workbooks are written with POI ({@code RenstraLayout}, {@code BudgetLayout}).
 */
package id.go.banggaikab.rekap.lkjip;
