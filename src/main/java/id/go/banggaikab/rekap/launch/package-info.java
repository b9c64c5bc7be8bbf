/** How the program starts: the Java options every route runs with, and starting itself again with them when needed. */
package id.go.banggaikab.rekap.launch;
