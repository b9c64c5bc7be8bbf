/**
 * Finding the forms in the input folder and reading each into rows matched to the catalogue, or into problems. The
 * workbook itself is read by package {@code spreadsheet}; what a form, an indicator or a unit is lives here.
 */
package id.go.banggaikab.rekap.submission;
