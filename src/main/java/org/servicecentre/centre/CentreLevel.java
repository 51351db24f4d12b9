package org.servicecentre.centre;

/** Where a centre sits in the "1 + 10 + N" model: municipal, district, street or shequ centre. */
public enum CentreLevel {
    MUNICIPAL(RegionLevel.CITY), DISTRICT(RegionLevel.DISTRICT), STREET(RegionLevel.STREET), SHEQU(RegionLevel.SHEQU);

    private final RegionLevel serves;

    CentreLevel(RegionLevel serves) {
        this.serves = serves;
    }

    /** The level of region a centre of this level serves. */
    public RegionLevel serves() {
        return serves;
    }
}
