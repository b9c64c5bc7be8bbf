/** The LKjIP computed: the Renstra, earlier years and budget the staff keep in Excel, and the analysis from them. */
package id.go.banggaikab.rekap.lkjip;
