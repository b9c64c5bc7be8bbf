/** Reading an IKI document (Word) and proposing the catalogue from it, with what changed against the one in force. */
package id.go.banggaikab.rekap.iki;
