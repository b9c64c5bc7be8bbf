/** Forms out: the blank quarterly form a unit fills, and the receipt (tanda terima) it gets back. */
package id.go.banggaikab.rekap.formulir;
