package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.servicecentre.occupancy.ProposalKind;
import org.servicecentre.occupancy.ProposalSummary;

/**
 * Asks before a proposal is accepted (it cancels bookings or moves a session): what will happen, and for a move the
 * room to move to, the smallest that fits chosen first. Confirming hands the chosen room (or null) and the reason the
 * cancelled bookings keep to {@code accept}.
 */
final class ProposalDecision {

    private ProposalDecision() {
    }

    static ConfirmDialog open(Component context, ProposalSummary proposal, BiConsumer<Long, String> accept) {
        String kind = proposal.kind().name().toLowerCase(Locale.ROOT);
        var text = new Div(new Paragraph(context.getTranslation("proposals.confirm.text." + kind, proposal.title(),
                ProposalTexts.day(context, proposal) + " " + ProposalTexts.hours(proposal),
                ProposalTexts.place(proposal))));
        RadioButtonGroup<ProposalSummary.RoomOption> rooms = new RadioButtonGroup<>();
        if (proposal.kind() == ProposalKind.MOVE_TO_LARGER_ROOM) {
            rooms.setLabel(context.getTranslation("proposals.confirm.room"));
            rooms.setItems(proposal.rooms());
            rooms.setItemLabelGenerator(r -> ProposalTexts.room(context, r));
            rooms.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            rooms.setRequired(true);
            rooms.setId("proposal-room");
            if (!proposal.rooms().isEmpty()) {
                rooms.setValue(proposal.rooms().getFirst());
            }
            text.add(rooms);
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(context.getTranslation("proposals.confirm.header." + kind));
        dialog.setText(text);
        dialog.setId("proposal-accept-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("form.cancel"));
        dialog.setConfirmText(context.getTranslation("proposals.accept"));
        dialog.setConfirmButtonTheme(proposal.kind() == ProposalKind.MOVE_TO_LARGER_ROOM ? "primary"
                : "error primary");
        dialog.addConfirmListener(e -> accept.accept(rooms.getValue() == null ? null : rooms.getValue().roomId(),
                context.getTranslation("proposals.reason." + kind)));
        dialog.open();
        return dialog;
    }
}
