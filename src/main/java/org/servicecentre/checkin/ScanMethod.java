package org.servicecentre.checkin;

/**
 * How a check-in reached the server: the kiosk's camera, a hardware (HID) scanner, the API, staff at a desk, or a
 * tap on the kiosk's walk-in buttons (no code at all).
 */
public enum ScanMethod {
    CAMERA, SCANNER, API, STAFF, TAP
}
