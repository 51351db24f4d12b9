package org.servicecentre.checkin;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one kiosk behaves, as its file in {@code kiosk-config/} says: which centre it stands in, the languages it
 * offers (the first is the one it returns to when idle), what it may be used for, and its hardware.
 */
public record KioskProfile(
        String kioskCode,
        String centreCode,
        List<Locale> languages,
        Set<Mode> modes,
        Duration idleTimeout,
        Camera camera,
        boolean hardwareScanner,
        boolean sounds,
        boolean largeText) {

    public KioskProfile {
        languages = List.copyOf(languages);
        var inOrder = EnumSet.noneOf(Mode.class);
        inOrder.addAll(modes);
        modes = Collections.unmodifiableSet(inOrder);
    }

    /** The language the kiosk shows first and comes back to after the idle timeout. */
    public Locale defaultLanguage() {
        return languages.getFirst();
    }

    public boolean offers(Mode mode) {
        return modes.contains(mode);
    }

    /** What a kiosk may be used for; {@link #key()} is how a profile file writes it. */
    public enum Mode {
        CHECK_IN("check-in"),
        WALK_IN("walk-in"),
        /** Scanning again on leaving closes the visit and records how long it lasted. */
        CHECK_OUT("check-out"),
        /** Reserved for volunteers' shifts: accepted in a profile, does nothing until shifts are built. */
        VOLUNTEER_SHIFTS("volunteer-shifts"),
        FEEDBACK("feedback"),
        DOOR_DISPLAY("door-display");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Mode> ofKey(String key) {
            return Arrays.stream(values()).filter(mode -> mode.key.equals(key)).findFirst();
        }
    }

    /**
     * The camera used to scan codes: {@code front} (facing the resident), {@code back} (facing away), or any other
     * text, which picks the first camera whose device label contains it.
     */
    public record Camera(boolean enabled, String device) {

        public static final String FRONT = "front";
        public static final String BACK = "back";

        /** The browser's {@code facingMode} for front or back; empty when the device is chosen by its label. */
        public Optional<String> facingMode() {
            return switch (device) {
                case FRONT -> Optional.of("user");
                case BACK -> Optional.of("environment");
                default -> Optional.empty();
            };
        }

        /** The text a camera's device label must contain; empty for front and back. */
        public Optional<String> label() {
            return facingMode().isPresent() ? Optional.empty() : Optional.of(device);
        }
    }
}
