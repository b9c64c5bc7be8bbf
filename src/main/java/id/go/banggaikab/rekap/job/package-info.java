/** The Spring Batch wiring of the {@code rekap} job, its settings, its launcher and its exit codes. */
package id.go.banggaikab.rekap.job;
