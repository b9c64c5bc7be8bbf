/** Counting indicator parts from the registers the dinas keeps (koperasi, usaha mikro binaan) instead of typed totals. */
package id.go.banggaikab.rekap.register;
