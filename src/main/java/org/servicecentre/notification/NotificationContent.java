package org.servicecentre.notification;

/** A message as sent: subject, plain text and HTML (the HTML may be null: then it is made from the text). */
public record NotificationContent(String subject, String text, String html) {
}
