package org.servicecentre.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new exception: on this date the centre keeps these ranges instead of its usual week. */
public class HoursExceptionDraft {

    @NotNull
    private LocalDate date;

    @NotEmpty
    private List<TimeRange> ranges = new ArrayList<>();

    @NotBlank
    @Size(max = 200)
    private String reason = "";

    public static HoursExceptionDraft of(LocalDate date, List<TimeRange> ranges, String reason) {
        var draft = new HoursExceptionDraft();
        draft.setDate(date);
        draft.setRanges(ranges);
        draft.setReason(reason);
        return draft;
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public List<TimeRange> getRanges() { return ranges; }
    public void setRanges(List<TimeRange> ranges) { this.ranges = ranges == null ? new ArrayList<>() : new ArrayList<>(ranges); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? "" : reason.trim(); }
}
