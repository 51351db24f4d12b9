package org.servicecentre.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A session held outside any centre (a park, a factory canteen), with where and when. */
public record OutsideSessionDraft(@NotBlank @Size(max = 200) String location, @NotNull Instant start,
                                  @NotNull Instant end) {

    public OutsideSessionDraft {
        location = location == null ? null : location.strip();
    }
}
