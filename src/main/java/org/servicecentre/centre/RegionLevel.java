package org.servicecentre.centre;

/** The four levels of Chinese urban administration the product works with, top to bottom. */
public enum RegionLevel {
    CITY, DISTRICT, STREET, SHEQU;

    /** The level a region's parent must have; none for a city. */
    public RegionLevel parentLevel() {
        return this == CITY ? null : values()[ordinal() - 1];
    }
}
