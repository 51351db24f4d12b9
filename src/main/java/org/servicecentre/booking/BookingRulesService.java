package org.servicecentre.booking;

import jakarta.validation.Valid;
import org.servicecentre.centre.CentreService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads a centre's booking rules (anyone who sees the centre) and changes them (admins and its managers). */
@Service
@Validated
@Transactional
public class BookingRulesService {

    private final CentreBookingRulesRepository repository;
    private final CentreService centres;

    BookingRulesService(CentreBookingRulesRepository repository, CentreService centres) {
        this.repository = repository;
        this.centres = centres;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BookingRules get(long centreId) {
        centres.get(centreId);
        return rulesOf(centreId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public BookingRules update(long centreId, @Valid BookingRules rules) {
        if (!centres.mayEdit(centreId)) {
            throw new AccessDeniedException("only the centre's managers change its booking rules");
        }
        var stored = repository.findById(centreId).orElseGet(() -> new CentreBookingRules(centreId));
        stored.apply(rules);
        return repository.save(stored).rules();
    }

    /** The rules without a scope check, for the booking engine, which has checked the centre already. */
    BookingRules rulesOf(long centreId) {
        return repository.findById(centreId).map(CentreBookingRules::rules).orElse(BookingRules.DEFAULTS);
    }
}
