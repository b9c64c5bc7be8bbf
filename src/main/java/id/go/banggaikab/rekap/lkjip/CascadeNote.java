package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Indicator;

/**
 * What a unit wrote about an indicator beneath one of the LKjIP's in the performance tree (the catalogue's
 * {@code induk}): a seksi's Kendala about its own kegiatan indicator, shown under its bidang's program indicator, so
 * the planner writing the causes sees what every level said.
 */
public record CascadeNote(Indicator indicator, UnitNote note) {
}
