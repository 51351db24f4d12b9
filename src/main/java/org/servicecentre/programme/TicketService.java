package org.servicecentre.programme;

import java.util.Objects;
import java.util.function.Supplier;
import org.servicecentre.centre.QrCodes;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Issues signed tickets and draws their QR codes. A ticket is a short text (see {@link TicketCodec}) signed with the
 * active key; it names the registration or card, its programme and session, and its expiry, and nothing personal.
 * <p>
 * <b>No access checks here.</b> These methods answer for any id, because the public ticket page, the resident's card
 * and staff screens all need them. Every caller decides first whether its user may have this ticket: the staff
 * screens and the API through the registration access check, the public page through the resident's own link.
 */
@Service
public class TicketService {

    private static final int MIN_SIZE = 64;
    private static final int MAX_SIZE = 2048;

    private final TicketKeyRing keys;
    private final Supplier<TicketSubjects> subjects;

    @Autowired
    TicketService(TicketKeyRing keys, ObjectProvider<TicketSubjects> subjects) {
        this(keys, (Supplier<TicketSubjects>) subjects::getObject);
    }

    TicketService(TicketKeyRing keys, Supplier<TicketSubjects> subjects) {
        this.keys = keys;
        this.subjects = subjects;
    }

    /**
     * A ticket for a registration, valid for its session or, for a whole-programme registration, for every session of
     * the programme, until the registration's end of validity. Not access-checked: see the class comment.
     *
     * @throws NotFoundException for an unknown registration
     * @throws DomainException   TICKET_REVOKED for a cancelled registration
     */
    public String registrationToken(long registrationId) {
        var subject = subjects.get().registration(registrationId)
                .orElseThrow(() -> new NotFoundException("ticket_registration", registrationId));
        return sign(TicketSubject.REGISTRATION, subject);
    }

    /**
     * A ticket for a resident's personal QR card, valid at any centre until the card's end of validity. Not
     * access-checked: see the class comment.
     *
     * @throws NotFoundException for an unknown card
     * @throws DomainException   TICKET_REVOKED for a withdrawn or replaced card
     */
    public String cardToken(long cardId) {
        var subject = subjects.get().card(cardId).orElseThrow(() -> new NotFoundException("ticket_card", cardId));
        return sign(TicketSubject.CARD, subject);
    }

    /** The ticket as a black-on-white PNG QR code, {@code size} pixels square (64 to 2048), quiet zone included. */
    public byte[] png(String token, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("QR size must be between " + MIN_SIZE + " and " + MAX_SIZE + ": " + size);
        }
        return QrCodes.png(token, size);
    }

    /** The ticket as an SVG QR code that prints sharp at any size. */
    public String svg(String token) {
        return QrCodes.svg(token);
    }

    private String sign(TicketSubject kind, TicketSubjects.Subject subject) {
        if (subject.revoked()) {
            throw new DomainException("TICKET_REVOKED");
        }
        var expires = Objects.requireNonNull(subject.validUntil(), "A ticket subject needs an end of validity");
        var signing = keys.signingKey();
        var token = new TicketToken(signing.id(), kind, subject.id(), orZero(subject.programmeId()),
                orZero(subject.sessionId()), expires);
        byte[] payload = TicketCodec.payload(token);
        return TicketCodec.encode(payload, TicketSignatures.sign(signing.key(), payload));
    }

    static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
