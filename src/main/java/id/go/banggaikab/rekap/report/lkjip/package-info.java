/**
 * The whole LKjIP of a year as a Word document (PermenPAN-RB 53/2014): cover and front matter, Ikhtisar Eksekutif,
 * Bab I–IV and Lampiran, each chapter a class writing into the shared Word toolkit ({@code report.word}), Bab III the
 * same body as the Tabel LAKIP draft ({@link id.go.banggaikab.rekap.report.AkuntabilitasKinerja}). Every figure is
 * the computed {@link id.go.banggaikab.rekap.lkjip.Lkjip}'s; what only people can write is a highlighted place.
 */
package id.go.banggaikab.rekap.report.lkjip;
