/** Finding the forms in the input folder and reading each into rows matched to the catalogue, or into problems. */
package id.go.banggaikab.rekap.submission;
