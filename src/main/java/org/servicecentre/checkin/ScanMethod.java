package org.servicecentre.checkin;

/** How a code reached the server: the kiosk's camera, a hardware (HID) scanner, the API, or staff at a desk. */
public enum ScanMethod {
    CAMERA, SCANNER, API, STAFF
}
