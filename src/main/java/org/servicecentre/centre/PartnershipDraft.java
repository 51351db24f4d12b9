package org.servicecentre.centre;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new partnership: an organisation and exactly one target, a centre or an alliance, with an optional note. */
public class PartnershipDraft {

    @NotNull
    private Long organisationId;

    private Long centreId;

    private Long allianceId;

    @NotNull
    @Size(max = 300)
    private String note = "";

    public static PartnershipDraft withCentre(long organisationId, long centreId) {
        var draft = new PartnershipDraft();
        draft.setOrganisationId(organisationId);
        draft.setCentreId(centreId);
        return draft;
    }

    public static PartnershipDraft withAlliance(long organisationId, long allianceId) {
        var draft = new PartnershipDraft();
        draft.setOrganisationId(organisationId);
        draft.setAllianceId(allianceId);
        return draft;
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getCentreId() { return centreId; }
    public void setCentreId(Long centreId) { this.centreId = centreId; }
    public Long getAllianceId() { return allianceId; }
    public void setAllianceId(Long allianceId) { this.allianceId = allianceId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null ? "" : note.trim(); }
}
