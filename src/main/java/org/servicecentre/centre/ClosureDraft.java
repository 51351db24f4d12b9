package org.servicecentre.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new closure: the whole centre (no room) or one of its rooms, from the first to the last day inclusive. */
public class ClosureDraft {

    private Long roomId;

    @NotNull
    private LocalDate firstDay;

    @NotNull
    private LocalDate lastDay;

    @NotBlank
    @Size(max = 200)
    private String reason = "";

    public static ClosureDraft of(Long roomId, LocalDate firstDay, LocalDate lastDay, String reason) {
        var draft = new ClosureDraft();
        draft.setRoomId(roomId);
        draft.setFirstDay(firstDay);
        draft.setLastDay(lastDay);
        draft.setReason(reason);
        return draft;
    }

    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? "" : reason.trim(); }
}
