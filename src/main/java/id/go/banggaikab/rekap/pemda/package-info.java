/** The Pemda's recap: the Bupati's IKU and the perangkat daerah's standing, from what each office last recapped. */
package id.go.banggaikab.rekap.pemda;
