package org.servicecentre.programme;

/** What a resident agreed that we keep: their name, their phone number, their target groups, their name on a card. */
public enum ConsentSubject {
    NAME, PHONE, TARGET_GROUPS, CARD_NAME
}
