package org.servicecentre.centre;

/** The three levels of the service catalogue: a sector holds categories, a category holds items. */
public enum CatalogueLevel {
    SECTOR, CATEGORY, ITEM;

    /** The level an entry of this level hangs under, or {@code null} for a sector. */
    public CatalogueLevel parentLevel() {
        return switch (this) {
            case SECTOR -> null;
            case CATEGORY -> SECTOR;
            case ITEM -> CATEGORY;
        };
    }

    /** The level of this level's children, or {@code null} for an item. */
    public CatalogueLevel childLevel() {
        return switch (this) {
            case SECTOR -> CATEGORY;
            case CATEGORY -> ITEM;
            case ITEM -> null;
        };
    }
}
