package org.servicecentre.notification;

/** Who a message is for: a staff account or a resident (their channels are looked up by a {@link ContactDirectory}). */
public record Recipient(Kind kind, long id) {

    public enum Kind { ACCOUNT, RESIDENT }

    public static Recipient account(long accountId) {
        return new Recipient(Kind.ACCOUNT, accountId);
    }

    public static Recipient resident(long residentId) {
        return new Recipient(Kind.RESIDENT, residentId);
    }
}
