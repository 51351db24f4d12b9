package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueName;

/** A sector, category or item of the service catalogue as the API shows it; English names fall back to Chinese. */
record CatalogueEntryResponse(long id, CatalogueLevel level, @Schema(example = "LEGAL-CLINIC") String code,
                              @Schema(description = "Code of the sector or category above; null for a sector")
                              String parentCode,
                              @Schema(example = "法律咨询") String nameZh, @Schema(example = "Legal advice") String nameEn,
                              @Schema(description = "Chinese names of the ancestors, sector first") List<String> path,
                              String description, int sortOrder, boolean active) {

    static CatalogueEntryResponse of(CatalogueEntrySummary entry) {
        return new CatalogueEntryResponse(entry.id(), entry.level(), entry.code(), entry.parentCode(),
                entry.name().zh(), english(entry.name()), entry.path().stream().map(CatalogueName::zh).toList(),
                entry.description(), entry.sortOrder(), entry.active());
    }

    static String english(CatalogueName name) {
        return name.in(java.util.Locale.ENGLISH);
    }
}
