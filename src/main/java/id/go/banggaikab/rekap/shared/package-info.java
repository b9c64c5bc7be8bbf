/** The small value types every stage shares: the quarter (Periode), a problem found in a user's file, and how dates and numbers read in Bahasa Indonesia. */
package id.go.banggaikab.rekap.shared;
