package org.servicecentre.booking;

import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with bookings. NGO staff book for their own organisation in the centres it partners with and see
 * the details of their own bookings only; managers book, decide and change in their own centres on behalf of any
 * organisation; admins everywhere; officers only read.
 */
@Component
class BookingAccess {

    private final PartnershipService partnerships;

    BookingAccess(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    /** The organisation a new booking is for. */
    long organisationFor(Scope scope, Long requested) {
        if (scope.is(Role.NGO_STAFF)) {
            if (requested != null && requested.longValue() != scope.organisationId()) {
                throw new AccessDeniedException("NGO staff book only for their own organisation");
            }
            return scope.organisationId();
        }
        if (!scope.isAdmin() && !scope.is(Role.CENTRE_MANAGER)) {
            throw new AccessDeniedException("only NGO staff, managers and admins book rooms");
        }
        if (requested == null) {
            throw new DomainException("BOOKING_ORGANISATION_REQUIRED");
        }
        return requested;
    }

    void checkMayBook(Scope scope, RoomSummary room, CentreSummary centre, long organisationId) {
        if (scope.isAdmin() || scope.managesCentre(room.centreId())) {
            return;
        }
        if (scope.is(Role.CENTRE_MANAGER)) {
            throw new AccessDeniedException("managers book only in their own centres");
        }
        if (!partnerships.bookableCentreIds(organisationId).contains(room.centreId())) {
            throw new DomainException("BOOKING_NOT_PARTNER", centre.name());
        }
    }

    boolean boundByRules(Scope scope) {
        return scope.is(Role.NGO_STAFF);
    }

    boolean seesDetails(Scope scope, Booking booking) {
        return !scope.is(Role.NGO_STAFF) || isOwn(scope, booking);
    }

    boolean isOwn(Scope scope, Booking booking) {
        return scope.belongsTo(booking.organisationId());
    }

    boolean keepsCentre(Scope scope, long centreId) {
        return scope.isAdmin() || scope.managesCentre(centreId);
    }

    boolean mayChange(Scope scope, Booking booking) {
        return booking.status().holdsRoom() && (keepsCentre(scope, booking.centreId()) || isOwn(scope, booking));
    }

    boolean mayDecide(Scope scope, Booking booking) {
        return booking.status() == BookingStatus.REQUESTED && keepsCentre(scope, booking.centreId());
    }

    void checkMayChange(Scope scope, Booking booking) {
        if (!keepsCentre(scope, booking.centreId()) && !isOwn(scope, booking)) {
            throw new AccessDeniedException("booking " + booking.id() + " belongs to another organisation");
        }
        if (!booking.status().holdsRoom()) {
            throw new DomainException("BOOKING_NOT_ACTIVE", booking.status());
        }
    }

    void checkMayDecide(Scope scope, Booking booking) {
        if (!keepsCentre(scope, booking.centreId())) {
            throw new AccessDeniedException("only the centre's managers decide on its bookings");
        }
        if (booking.status() != BookingStatus.REQUESTED) {
            throw new DomainException("BOOKING_NOT_REQUESTED", booking.status());
        }
    }
}
