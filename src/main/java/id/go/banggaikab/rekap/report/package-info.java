/** The recap workbook and the LAKIP table (xlsx and docx) written from a computed recap. */
package id.go.banggaikab.rekap.report;
