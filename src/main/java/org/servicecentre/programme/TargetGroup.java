package org.servicecentre.programme;

/** Who a programme is for, and what a resident may say about themselves (self-declared, optional). */
public enum TargetGroup {
    CHILDREN, ADOLESCENTS, ELDERLY, WOMEN, DISABLED, MIGRANT_WORKERS, HARDSHIP_FAMILIES, ETHNIC_MINORITIES,
    PARTY_MEMBERS, ALL_RESIDENTS
}
