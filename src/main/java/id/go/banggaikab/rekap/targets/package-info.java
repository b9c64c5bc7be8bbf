/** The yearly targets (target-&lt;tahun&gt;.xlsx): read with the forms' value rules, checked, written pre-filled. */
package id.go.banggaikab.rekap.targets;
