package org.servicecentre.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manager enters for a new kiosk: a unique code (KJY-ENTRANCE) and a name people recognise (入口大厅). */
public record KioskDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
        @NotBlank @Size(max = 100) String name) {

    public KioskDraft {
        code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? null : name.strip();
    }
}
