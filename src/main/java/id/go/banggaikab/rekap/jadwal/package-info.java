/** Scheduled mode: the process stays up and runs the recap by a cron schedule and when new forms have settled. */
package id.go.banggaikab.rekap.jadwal;
