/**
 * Where outputs go and how they are written: one atomic writer for every file a user opens, workbooks made in memory
 * and pictures encoded in memory for them, the per-quarter folders, and the clean-up of a killed run's leftovers.
 */
package id.go.banggaikab.rekap.output;
