package org.servicecentre.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** What a manager enters for a new kiosk: a unique code (KJY-ENTRANCE) and a name people recognise (入口大厅). */
public class KioskDraft {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String name = "";

    public KioskDraft() {
    }

    public KioskDraft(String code, String name) {
        setCode(code);
        setName(name);
    }

    public String getCode() {
        return code;
    }

    /** Codes are kept in upper case, so "kjy-entrance" and "KJY-ENTRANCE" are the same kiosk. */
    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }
}
