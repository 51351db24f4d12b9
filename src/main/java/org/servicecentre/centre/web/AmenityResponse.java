package org.servicecentre.centre.web;

import org.servicecentre.centre.AmenitySummary;

/** An amenity as the API shows it, with its Chinese and English names. */
record AmenityResponse(long id, String code, String nameZh, String nameEn, int sortOrder, boolean active) {

    static AmenityResponse of(AmenitySummary amenity) {
        return new AmenityResponse(amenity.id(), amenity.code(), amenity.nameZh(), amenity.nameEn(),
                amenity.sortOrder(), amenity.active());
    }
}
