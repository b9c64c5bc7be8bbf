/** The history of every form imported: files, their accepted rows and their problems, in SQLite. */
package id.go.banggaikab.rekap.realisation;
