package org.servicecentre.programme;

import java.util.Locale;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.Masking;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints residents' personal QR cards for the staff who issued them (see {@link ResidentService#issueCard}): a PDF
 * with the signed card token as a QR code and, only if the resident chose it, their masked name. The card is printed
 * in both languages, Chinese first, whatever the staff member's language.
 */
@Service
public class ResidentCardPrints {

    private static final int QR_PIXELS = 600;

    private final ResidentCards cards;
    private final Residents residents;
    private final ResidentPrivacy privacy;
    private final TicketService tickets;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;

    ResidentCardPrints(ResidentCards cards, Residents residents, ResidentPrivacy privacy, TicketService tickets,
                       TranslationProvider translations, CurrentUser currentUser) {
        this.cards = cards;
        this.residents = residents;
        this.privacy = privacy;
        this.tickets = tickets;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    /**
     * The card as a PDF; only staff of an organisation the resident registered with may print it.
     *
     * @throws NotFoundException for an unknown card
     * @throws org.servicecentre.shared.DomainException TICKET_REVOKED for a replaced or withdrawn card
     */
    @PreAuthorize("hasRole('NGO_STAFF')")
    @Transactional(readOnly = true)
    public byte[] pdf(long cardId) {
        var card = cards.findById(cardId).orElseThrow(() -> new NotFoundException("ticket_card", cardId));
        var scope = currentUser.scope();
        if (!scope.is(Role.NGO_STAFF) || !privacy.seesUnmasked(scope, card.residentId())) {
            throw new AccessDeniedException("card " + cardId + " belongs to a resident the caller may not see");
        }
        return print(card);
    }

    /** The card as a PDF, for whoever has checked that the caller may have it. */
    byte[] print(ResidentCard card) {
        long cardId = card.id();
        var token = tickets.cardToken(cardId);
        String name = null;
        if (card.showName()) {
            name = residents.findById(card.residentId()).map(Resident::displayName).map(Masking::name).orElse(null);
        }
        Locale zh = Languages.CHINESE;
        var face = new ResidentCardPdf.Face(translations.translate(zh, "card.pdf.heading"),
                translations.translate(Languages.ENGLISH, "card.pdf.heading"), name,
                translations.translate(zh, "card.pdf.number", fileNumber(cardId)),
                translations.translate(zh, "card.pdf.how-to") + "\n"
                        + translations.translate(Languages.ENGLISH, "card.pdf.how-to"));
        return ResidentCardPdf.render(face, tickets.png(token, QR_PIXELS));
    }

    /** The file name the PDF downloads as, e.g. {@code card-000042.pdf}. */
    public static String fileName(long cardId) {
        return "card-" + fileNumber(cardId) + ".pdf";
    }

    private static String fileNumber(long cardId) {
        return String.format(Locale.ROOT, "%06d", cardId);
    }
}
