package org.servicecentre.occupancy;

/** What a usage figure is about: one room, a centre, an alliance of centres or a region with all centres below it. */
public enum UsageLevel {
    ROOM, CENTRE, ALLIANCE, REGION
}
