/** The Pemda's recap: the IKU of the Bupati and the perangkat daerah's standing, from what each office last recapped. */
package id.go.banggaikab.rekap.pemda;
