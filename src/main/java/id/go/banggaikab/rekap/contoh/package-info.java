/** Sample forms for a first run on a fresh machine and for the benchmark; never mixed into real data. */
package id.go.banggaikab.rekap.contoh;
