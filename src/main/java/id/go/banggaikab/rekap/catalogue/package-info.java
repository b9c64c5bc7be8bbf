/** The organisation, its positions, their indicators and the yearly targets, read from {@code config/}. */
package id.go.banggaikab.rekap.catalogue;
