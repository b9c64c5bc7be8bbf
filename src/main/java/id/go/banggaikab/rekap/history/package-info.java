/** The history of every form imported: files, their accepted rows and their problems, and what is in force for each unit and quarter. */
package id.go.banggaikab.rekap.history;
