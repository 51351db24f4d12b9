package org.servicecentre.notification;

/** How a message reaches its recipient. The inbox and the log need no configuration. */
public enum Channel {
    EMAIL, SMS, INBOX
}
