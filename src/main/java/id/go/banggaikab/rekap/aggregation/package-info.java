/** Values over the year and upward the organisation tree: realisation, capaian, category and scores per quarter. */
package id.go.banggaikab.rekap.aggregation;
